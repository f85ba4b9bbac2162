package dev.modelsync.model;

import java.util.List;
import java.util.Optional;

/**
 * A Sequelize data type as written: {@code STRING(100)}, {@code DECIMAL(10,2)},
 * {@code ENUM('a','b')}, {@code DataTypes.INTEGER(11).UNSIGNED}, {@code ARRAY(TEXT)}.
 * {@code text} is the source text, for messages. length/precision/scale are 0 when not given
 * (INTEGER(11): length 11; FLOAT(11,2), DATE(6): precision/scale). {@code modifiers}: UNSIGNED,
 * ZEROFILL, BINARY and the size of TEXT/BLOB (TINY, MEDIUM, LONG), upper case. {@code element}:
 * the type inside ARRAY(...) or RANGE(...). GEOMETRY: {@code modifiers} holds the geometry type when one is
 * given (POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRYCOLLECTION) and
 * {@code length} the SRID (0: none).
 */
public record TypeSpec(Logical kind, int length, int precision, int scale, List<String> enumValues, String text,
                       List<String> modifiers, Optional<TypeSpec> element) {
    public enum Logical {
        STRING, CHAR, TEXT, INTEGER, BIGINT, SMALLINT, FLOAT, REAL, DOUBLE, DECIMAL, BOOLEAN, DATE,
        DATEONLY, TIME, UUID, ENUM, JSON, JSONB, BLOB,
        CITEXT, INET, CIDR, MACADDR, TSVECTOR, HSTORE, ARRAY, RANGE, VIRTUAL, GEOMETRY
    }

    public TypeSpec {
        enumValues = List.copyOf(enumValues);
        modifiers = List.copyOf(modifiers);
    }

    public TypeSpec(Logical kind, int length, int precision, int scale, List<String> enumValues, String text) {
        this(kind, length, precision, scale, enumValues, text, List.of(), Optional.empty());
    }

    public boolean has(String modifier) {
        return modifiers.contains(modifier);
    }

    public static TypeSpec of(Logical kind) {
        return new TypeSpec(kind, 0, 0, 0, List.of(), kind.name());
    }
}
