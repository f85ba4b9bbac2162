package dev.modelsync.verify;

import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.ColumnType.Kind;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.ForeignKey.Action;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Normalisation rules of the comparator, on hand-built schemas. */
class SchemaComparatorTest {

    private static Schema one(Column c) {
        return new Schema(List.of(new Table("T", List.of(c), Optional.empty(), List.of(), List.of(), List.of(), "", List.of())),
                List.of());
    }

    private static Column col(ColumnType type, DefaultValue def) {
        return new Column("c", type, true, Optional.ofNullable(def), false, "", List.of());
    }

    @Test
    void jsonbIsJsonOnH2Only() {
        Schema model = one(col(ColumnType.of(Kind.JSONB), null));
        Schema live = one(col(ColumnType.of(Kind.JSON), null));
        assertThat(SchemaComparator.compare(model, live, Dialect.H2, false)).isEmpty();
        assertThat(SchemaComparator.compare(model, live, Dialect.POSTGRESQL, false)).extracting(Finding::message)
                .containsExactly("T.c: type is JSON in the database, JSONB in the model");
    }

    @Test
    void decimalWithoutPrecisionAcceptsAnyPrecision() {
        assertThat(SchemaComparator.compare(one(col(ColumnType.decimal(0, 0), null)),
                one(col(ColumnType.decimal(12, 4), null)), Dialect.POSTGRESQL, false)).isEmpty();
        assertThat(SchemaComparator.compare(one(col(ColumnType.decimal(10, 2), null)),
                one(col(ColumnType.decimal(12, 2), null)), Dialect.POSTGRESQL, false)).extracting(Finding::code)
                .containsExactly("TYPE_MISMATCH");
    }

    @Test
    void defaultsCompareByMeaning() {
        ColumnType ts = ColumnType.of(Kind.TIMESTAMPTZ);
        assertThat(SchemaComparator.compare(one(col(ts, DefaultValue.sql("now()"))), one(col(ts, DefaultValue.NOW)),
                Dialect.POSTGRESQL, false)).isEmpty();
        ColumnType dec = ColumnType.decimal(10, 2);
        assertThat(SchemaComparator.compare(one(col(dec, DefaultValue.literal("1.5"))), one(col(dec, DefaultValue.literal("1.50"))),
                Dialect.POSTGRESQL, false)).isEmpty();
        ColumnType bool = ColumnType.of(Kind.BOOLEAN);
        assertThat(SchemaComparator.compare(one(col(bool, DefaultValue.literal("TRUE"))), one(col(bool, DefaultValue.literal("true"))),
                Dialect.H2, false)).isEmpty();
        ColumnType text = ColumnType.of(Kind.TEXT);
        assertThat(SchemaComparator.compare(one(col(text, DefaultValue.sql("upper('x')"))),
                one(col(text, DefaultValue.sql("lower('x')"))), Dialect.H2, false)).extracting(Finding::code)
                .containsExactly("DEFAULT_MISMATCH");
        assertThat(SchemaComparator.compare(one(col(text, DefaultValue.sql("lower(  'x')"))),
                one(col(text, DefaultValue.sql("LOWER('x')"))), Dialect.H2, false)).isEmpty();
        // H2 stores a default of constants by its value; PostgreSQL keeps the expression
        ColumnType integer = ColumnType.of(Kind.INTEGER);
        assertThat(SchemaComparator.compare(one(col(integer, DefaultValue.sql("1 + 1"))),
                one(col(integer, DefaultValue.literal("2"))), Dialect.H2, false)).isEmpty();
        assertThat(SchemaComparator.compare(one(col(integer, DefaultValue.sql("1 + 1"))),
                one(col(integer, DefaultValue.literal("2"))), Dialect.POSTGRESQL, false)).extracting(Finding::code)
                .containsExactly("DEFAULT_MISMATCH");
        assertThat(SchemaComparator.compare(one(col(text, DefaultValue.sql("lower('X')"))),
                one(col(text, DefaultValue.literal("x"))), Dialect.H2, false)).extracting(Finding::code)
                .containsExactly("DEFAULT_MISMATCH");
    }

    @Test
    void noActionIsRestrictOnH2() {
        Table parent = new Table("P", List.of(Column.of("id", ColumnType.of(Kind.INTEGER), false)),
                Optional.of(new PrimaryKey("P_pkey", List.of("id"))), List.of(), List.of(), List.of(), "", List.of());
        java.util.function.Function<Action, Schema> child = a -> new Schema(List.of(parent, new Table("C",
                List.of(Column.of("pId", ColumnType.of(Kind.INTEGER), true)), Optional.empty(),
                List.of(new ForeignKey("C_pId_fkey", List.of("pId"), "P", List.of("id"), a, a)),
                List.of(), List.of(), "", List.of())), List.of());
        assertThat(SchemaComparator.compare(child.apply(Action.NO_ACTION), child.apply(Action.RESTRICT), Dialect.H2, false)).isEmpty();
        assertThat(SchemaComparator.compare(child.apply(Action.NO_ACTION), child.apply(Action.RESTRICT), Dialect.POSTGRESQL, false))
                .extracting(Finding::message).containsExactly("C: foreign key C_pId_fkey ON DELETE is RESTRICT in the database,"
                        + " NO ACTION in the model; ON UPDATE is RESTRICT in the database, NO ACTION in the model");
    }

    @Test
    void unmappedLiveTypesAreAlwaysAMismatchNamedAsTheDatabaseNamesThem() {
        Schema model = one(col(ColumnType.of(Kind.TEXT), null));
        LiveSchema live = new LiveSchema(one(col(ColumnType.of(Kind.TEXT), null)), Map.of("T.c", "citext"));
        assertThat(SchemaComparator.compare(model, live, Dialect.POSTGRESQL, false)).extracting(Finding::message)
                .containsExactly("T.c: type is citext in the database, TEXT in the model");
    }
}
