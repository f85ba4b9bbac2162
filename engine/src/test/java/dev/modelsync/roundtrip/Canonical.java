package dev.modelsync.roundtrip;

import dev.modelsync.verify.SchemaComparator;
import dev.modelsync.diff.SchemaChanges;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A schema in the form two sources of the same schema agree on: no rename hints, and foreign
 * keys, unique constraints and indexes sorted by name. (Their order in a {@link Table} is the
 * order they were given in — declaration order from the resolver, creation order from a replay —
 * and carries no meaning; columns keep their order, which does.)
 */
final class Canonical {
    private Canonical() {
    }

    static Schema of(Schema s) {
        Schema bare = SchemaChanges.withoutHints(s);
        return new Schema(bare.tables().stream().map(Canonical::of).toList(), bare.enums());
    }

    /**
     * As {@link #of(Schema)}, columns sorted by name too: after an evolution the database holds
     * added columns at the end, where the model may declare them anywhere.
     */
    static Schema anyColumnOrder(Schema s) {
        Schema c = of(s);
        return new Schema(c.tables().stream().map(t -> new Table(t.name(),
                sorted(t.columns(), Comparator.comparing(Column::name)), t.primaryKey(), t.foreignKeys(), t.uniques(),
                t.indexes(), t.comment(), t.renamedFrom())).toList(), c.enums());
    }

    /**
     * As {@link #of(Schema)}, JSON defaults by value ({@link SchemaComparator#canonicalJson}): PostgreSQL keeps a
     * JSON default in the form of the type it was written for (a jsonb default, or one carried
     * through a change between JSON and JSONB, in jsonb's spacing and key order).
     */
    static Schema jsonByValue(Schema s) {
        Schema c = of(s);
        return new Schema(c.tables().stream().map(t -> new Table(t.name(), t.columns().stream().map(col ->
                col.defaultValue().filter(d -> d.kind() == DefaultValue.Kind.LITERAL && (col.type().kind() == ColumnType.Kind.JSON
                                || col.type().kind() == ColumnType.Kind.JSONB)).map(d -> new Column(col.name(), col.type(),
                        col.nullable(), Optional.of(DefaultValue.literal(SchemaComparator.canonicalJson(d.value()))), col.autoIncrement(),
                        col.comment(), col.renamedFrom())).orElse(col)).toList(),
                t.primaryKey(), t.foreignKeys(), t.uniques(), t.indexes(), t.comment(), t.renamedFrom())).toList(), c.enums());
    }

    private static Table of(Table t) {
        return new Table(t.name(), t.columns(), t.primaryKey(),
                sorted(t.foreignKeys(), Comparator.comparing(ForeignKey::name)),
                sorted(t.uniques(), Comparator.comparing(UniqueConstraint::name)),
                sorted(t.indexes(), Comparator.comparing(Index::name)), t.comment(), t.renamedFrom());
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }
}
