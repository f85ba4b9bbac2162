package dev.modelsync.resolve;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;

import dev.modelsync.problem.Pos;
import dev.modelsync.schema.ForeignKey.Action;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attribute of a model while it is being resolved: declared, implicit (id, timestamps) or
 * added by an association (foreign key). Mutable only inside the resolver.
 */
final class ResolvedAttribute {
    final String name;
    final String column;
    final Pos pos;
    final boolean implicit;
    ColumnType type;
    boolean nullable;
    Optional<DefaultValue> defaultValue = Optional.empty();
    boolean autoIncrement;
    boolean primaryKey;
    /** empty = not unique; "" = unique alone; else the name of a composite unique. */
    Optional<String> unique = Optional.empty();
    /** {@code unique: { msg }}: Sequelize's message for a duplicate value. */
    Optional<String> uniqueMsg = Optional.empty();
    String comment = "";
    Map<String, Object> validate = Map.of();
    List<String> renamedFrom = List.of();
    /** The foreign key this column carries, when any. */
    Optional<Reference> reference = Optional.empty();

    /**
     * A foreign key on this column. onDelete/onUpdate: as written (empty = the default of {@code rule},
     * decided once the column's nullability is final). {@code origin} names the declaration, for messages.
     * {@code deferrable}: the attribute's {@code references.deferrable} kind (INITIALLY_IMMEDIATE,
     * INITIALLY_DEFERRED, NOT), empty when not written.
     */
    record Reference(String refTable, String refColumn, Optional<Action> onDelete, Optional<Action> onUpdate,
                     DefaultRule rule, String origin, Pos pos, Optional<String> deferrable) {
        Reference(String refTable, String refColumn, Optional<Action> onDelete, Optional<Action> onUpdate,
                  DefaultRule rule, String origin, Pos pos) {
            this(refTable, refColumn, onDelete, onUpdate, rule, origin, pos, Optional.empty());
        }
    }

    /** Where a foreign key's default actions come from. */
    enum DefaultRule {
        /** belongsTo/hasOne/hasMany: ON DELETE SET NULL when nullable, else CASCADE; ON UPDATE CASCADE. */
        ASSOCIATION,
        /** belongsToMany junction keys: ON DELETE CASCADE, ON UPDATE CASCADE. */
        JUNCTION,
        /** an attribute's own {@code references}: the database default, NO ACTION. */
        ATTRIBUTE
    }

    ResolvedAttribute(String name, String column, Pos pos, boolean implicit) {
        this.name = name;
        this.column = column;
        this.pos = pos;
        this.implicit = implicit;
    }

    Column toColumn() {
        return new Column(column, type, nullable, defaultValue, autoIncrement, comment, renamedFrom);
    }
}
