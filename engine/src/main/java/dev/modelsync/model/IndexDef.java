package dev.modelsync.model;

import dev.modelsync.problem.Pos;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a model's {@code indexes}; fields name attributes. {@code prefix}: Sequelize's name prefix (default the
 * table). {@code using}: PostgreSQL's index method in lower case ({@code hash}, {@code gin}, ...), empty for BTREE.
 * {@code type}: {@code FULLTEXT} ({@code type: FULLTEXT}, MariaDB/MySQL's full-text index), {@code SPATIAL}
 * ({@code type: SPATIAL}, a spatial index on a GEOMETRY column) or "" (upper case, as {@code schema.Index}).
 */
public record IndexDef(Optional<String> name, List<Field> fields, boolean unique, Optional<String> where, Pos pos,
                       Optional<String> prefix, String using, String type) {
    /**
     * {@code operator}: the field's operator class (its own, else the index's {@code operator}), lower case;
     * {@code collate}: its collation; each empty when not written. {@code length}: MariaDB's prefix length, 0 when
     * not written.
     */
    public record Field(String attribute, boolean descending, Pos pos, String operator, String collate, int length) {
        public Field(String attribute, boolean descending, Pos pos, String operator, String collate) {
            this(attribute, descending, pos, operator, collate, 0);
        }

        public Field(String attribute, boolean descending, Pos pos) {
            this(attribute, descending, pos, "", "");
        }
    }

    public IndexDef {
        fields = List.copyOf(fields);
        using = using == null ? "" : using;
        type = type == null ? "" : type;
    }

    /** Whether it is {@code type: FULLTEXT}. */
    public boolean fulltext() {
        return type.equals("FULLTEXT");
    }

    /** Whether it is {@code type: SPATIAL}. */
    public boolean spatial() {
        return type.equals("SPATIAL");
    }

    public IndexDef(Optional<String> name, List<Field> fields, boolean unique, Optional<String> where, Pos pos,
                    Optional<String> prefix, String using) {
        this(name, fields, unique, where, pos, prefix, using, "");
    }

    public IndexDef(Optional<String> name, List<Field> fields, boolean unique, Optional<String> where, Pos pos,
                    Optional<String> prefix) {
        this(name, fields, unique, where, pos, prefix, "");
    }

    public IndexDef(Optional<String> name, List<Field> fields, boolean unique, Optional<String> where, Pos pos) {
        this(name, fields, unique, where, pos, Optional.empty());
    }
}
