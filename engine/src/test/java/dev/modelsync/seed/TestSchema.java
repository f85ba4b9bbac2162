package dev.modelsync.seed;

import dev.modelsync.db.Dialect;
import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.model.Conventions;
import dev.modelsync.problem.Pos;
import dev.modelsync.resolve.AssociationInfo;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.resolve.ModelInfo;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.resolve.Resolved;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds a {@link Resolved} by hand (until the resolver lands) and creates its tables with
 * plain DDL in the shapes the migrations emit: every identifier double-quoted, identity
 * primary keys, timestamps with CURRENT_TIMESTAMP defaults, composite junction keys.
 */
final class TestSchema {
    private final Map<String, ModelBuilder> models = new LinkedHashMap<>();
    private final Map<String, TableBuilder> tables = new LinkedHashMap<>();
    private final List<EnumType> enums = new ArrayList<>();

    static final class TableBuilder {
        final String name;
        final List<Column> columns = new ArrayList<>();
        List<String> pk = List.of();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<ForeignKey> fks = new ArrayList<>();

        TableBuilder(String name) {
            this.name = name;
        }

        TableBuilder column(String name, ColumnType type, boolean nullable) {
            columns.add(Column.of(name, type, nullable));
            return this;
        }

        TableBuilder column(Column c) {
            columns.add(c);
            return this;
        }

        TableBuilder fk(String column, String refTable, String refColumn, ForeignKey.Action onDelete) {
            fks.add(new ForeignKey(name + "_" + column + "_fkey", List.of(column), refTable, List.of(refColumn),
                    onDelete, ForeignKey.Action.CASCADE));
            return this;
        }

        Table build() {
            return new Table(name, columns, pk.isEmpty() ? Optional.empty() : Optional.of(new PrimaryKey(name + "_pkey", pk)),
                    fks, uniques, List.of(), "", List.of());
        }
    }

    final class ModelBuilder {
        final String name;
        final TableBuilder table;
        final List<ModelInfo.AttributeInfo> attrs = new ArrayList<>();
        final List<AssociationInfo> assocs = new ArrayList<>();
        List<String> seedKey = List.of();
        String createdAt = "";
        String updatedAt = "";

        ModelBuilder(String name, String table) {
            this.name = name;
            this.table = tables.computeIfAbsent(table, TableBuilder::new);
        }

        ModelBuilder id() {
            table.columns.add(new Column("id", ColumnType.of(ColumnType.Kind.INTEGER), false, Optional.empty(), true, "",
                    List.of()));
            table.pk = List.of("id");
            attrs.add(new ModelInfo.AttributeInfo("id", "id", Map.of(), true, true));
            return this;
        }

        ModelBuilder attr(String name, ColumnType type, boolean nullable) {
            return attr(name, type, nullable, null, Map.of());
        }

        ModelBuilder attr(String name, ColumnType type, boolean nullable, DefaultValue def, Map<String, Object> validate) {
            table.columns.add(new Column(name, type, nullable, Optional.ofNullable(def), false, "", List.of()));
            attrs.add(new ModelInfo.AttributeInfo(name, name, validate, false, false));
            return this;
        }

        /** Attributes whose columns an association added (foreign keys of a through model). */
        ModelBuilder fkAttrs(String... columns) {
            for (String c : columns) attrs.add(new ModelInfo.AttributeInfo(c, c, Map.of(), false, true));
            return this;
        }

        ModelBuilder unique(String column) {
            table.uniques.add(new UniqueConstraint(table.name + "_" + column + "_key", List.of(column)));
            return this;
        }

        ModelBuilder seedKey(String... attrs) {
            this.seedKey = List.of(attrs);
            return this;
        }

        ModelBuilder timestamps() {
            for (String ts : List.of("createdAt", "updatedAt")) {
                table.columns.add(new Column(ts, ColumnType.of(ColumnType.Kind.TIMESTAMPTZ), false,
                        Optional.of(DefaultValue.NOW), false, "", List.of()));
                attrs.add(new ModelInfo.AttributeInfo(ts, ts, Map.of(), false, true));
            }
            createdAt = "createdAt";
            updatedAt = "updatedAt";
            return this;
        }

        /** belongsTo: FK column on this model's table. */
        ModelBuilder belongsTo(String as, String target, String fk, boolean nullable) {
            String targetTable = models.get(target).table.name;
            table.columns.add(Column.of(fk, ColumnType.of(ColumnType.Kind.INTEGER), nullable));
            table.fk(fk, targetTable, "id", nullable ? ForeignKey.Action.SET_NULL : ForeignKey.Action.CASCADE);
            attrs.add(new ModelInfo.AttributeInfo(fk, fk, Map.of(), false, true));
            assocs.add(new AssociationInfo(Kind.BELONGS_TO, as, target, fk, "", "id", "id", "", ""));
            return this;
        }

        /** hasMany/hasOne: FK column on the target's table (declared there with belongsTo or column()). */
        ModelBuilder hasMany(String as, String target, String fk) {
            assocs.add(new AssociationInfo(Kind.HAS_MANY, as, target, fk, "", "id", "id", "", ""));
            return this;
        }

        ModelBuilder hasOne(String as, String target, String fk) {
            assocs.add(new AssociationInfo(Kind.HAS_ONE, as, target, fk, "", "id", "id", "", ""));
            return this;
        }

        /** belongsToMany through a junction table (created with {@link #junction}). */
        ModelBuilder belongsToMany(String as, String target, String throughTable, String throughModel, String fk,
                                   String otherKey) {
            assocs.add(new AssociationInfo(Kind.BELONGS_TO_MANY, as, target, fk, otherKey, "id", "id", throughTable,
                    throughModel));
            return this;
        }

        ModelInfo build() {
            // as the resolver: the seedKey; else a declared primary key; else the first unique attribute; else none
            List<String> key = seedKey;
            if (key.isEmpty() && !table.pk.equals(List.of("id"))) key = table.pk;
            if (key.isEmpty()) {
                key = table.uniques.stream().filter(u -> u.columns().size() == 1).map(u -> u.columns().get(0))
                        .findFirst().map(List::of).orElse(List.of());
            }
            return new ModelInfo(name, table.name, Pos.NONE, attrs, assocs, key, createdAt, updatedAt, "");
        }
    }

    ModelBuilder model(String name, String table) {
        ModelBuilder m = new ModelBuilder(name, table);
        models.put(name, m);
        return m;
    }

    ModelBuilder model(String name) {
        return models.get(name);
    }

    /** A junction table with the two NOT NULL FKs as composite primary key, plus timestamps when asked. */
    TableBuilder junction(String name, String fk, String refTable, String otherKey, String otherTable, boolean timestamps) {
        TableBuilder t = tables.computeIfAbsent(name, TableBuilder::new);
        t.column(fk, ColumnType.of(ColumnType.Kind.INTEGER), false);
        t.column(otherKey, ColumnType.of(ColumnType.Kind.INTEGER), false);
        t.pk = List.of(fk, otherKey);
        t.fk(fk, refTable, "id", ForeignKey.Action.CASCADE);
        t.fk(otherKey, refTable.equals(otherTable) ? otherTable : otherTable, "id", ForeignKey.Action.CASCADE);
        if (timestamps) {
            for (String ts : List.of("createdAt", "updatedAt")) {
                t.column(new Column(ts, ColumnType.of(ColumnType.Kind.TIMESTAMPTZ), false, Optional.of(DefaultValue.NOW),
                        false, "", List.of()));
            }
        }
        return t;
    }

    void enumType(String name, String... values) {
        enums.add(new EnumType(name, List.of(values)));
    }

    Resolved resolved() {
        List<Table> ts = tables.values().stream().map(TableBuilder::build).toList();
        List<ModelInfo> ms = models.values().stream().map(ModelBuilder::build).toList();
        return new Resolved(Conventions.SEQUELIZE6, new Schema(ts, enums), ms);
    }

    // ------------------------------------------------------------------ DDL

    void create(Connection conn, Dialect d) throws SQLException {
        Schema schema = resolved().schema();
        try (Statement s = conn.createStatement()) {
            if (d == Dialect.POSTGRESQL) {
                for (EnumType e : schema.enums()) {
                    s.execute("CREATE TYPE " + q(e.name()) + " AS ENUM (" + e.values().stream().map(v -> "'" + v + "'")
                            .collect(Collectors.joining(", ")) + ")");
                }
            }
            for (Table t : schema.tables()) {
                List<String> parts = new ArrayList<>();
                for (Column c : t.columns()) parts.add(columnDdl(c, schema, d));
                t.primaryKey().ifPresent(pk -> parts.add("CONSTRAINT " + q(pk.name()) + " PRIMARY KEY ("
                        + pk.columns().stream().map(TestSchema::q).collect(Collectors.joining(", ")) + ")"));
                for (UniqueConstraint u : t.uniques()) {
                    parts.add("CONSTRAINT " + q(u.name()) + " UNIQUE (" + u.columns().stream().map(TestSchema::q)
                            .collect(Collectors.joining(", ")) + ")");
                }
                s.execute("CREATE TABLE " + q(t.name()) + " (" + String.join(", ", parts) + ")");
            }
            for (Table t : schema.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    s.execute("ALTER TABLE " + q(t.name()) + " ADD CONSTRAINT " + q(fk.name()) + " FOREIGN KEY ("
                            + fk.columns().stream().map(TestSchema::q).collect(Collectors.joining(", ")) + ") REFERENCES "
                            + q(fk.refTable()) + " (" + fk.refColumns().stream().map(TestSchema::q)
                            .collect(Collectors.joining(", ")) + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE "
                            + fk.onUpdate().sql());
                }
            }
        }
    }

    private static String columnDdl(Column c, Schema schema, Dialect d) {
        ColumnType t = c.type();
        String type = switch (t.kind()) {
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            case CHAR -> "CHAR(" + t.length() + ")";
            case TEXT -> d == Dialect.H2 ? "CHARACTER LARGE OBJECT" : "TEXT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL -> "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
            case BOOLEAN -> "BOOLEAN";
            case TIMESTAMPTZ -> d == Dialect.MARIADB ? "DATETIME" : "TIMESTAMP WITH TIME ZONE";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case UUID -> d == Dialect.MARIADB ? "CHAR(36) BINARY" : "UUID";
            case ENUM -> d == Dialect.POSTGRESQL ? q(t.enumName())
                    : "ENUM(" + schema.enumType(t.enumName()).orElseThrow().values().stream().map(v -> "'" + v + "'")
                    .collect(Collectors.joining(", ")) + ")";
            case JSON -> d == Dialect.H2 ? "JSON" : "JSON";
            case JSONB -> d == Dialect.POSTGRESQL ? "JSONB" : "JSON";
            case BLOB -> d == Dialect.POSTGRESQL ? "BYTEA" : "BLOB";
            case NATIVE -> d == Dialect.H2 && t.nativeName().equals("citext") ? "VARCHAR_IGNORECASE" : t.nativeName();
            case GEOMETRY -> d == Dialect.MARIADB ? dev.modelsync.schema.MariaDbSpelling.plain(t) : t.toString();
        };
        StringBuilder sb = new StringBuilder(q(c.name())).append(' ').append(type);
        if (c.autoIncrement()) sb.append(d == Dialect.MARIADB ? " AUTO_INCREMENT" : " GENERATED BY DEFAULT AS IDENTITY");
        c.defaultValue().ifPresent(dv -> sb.append(" DEFAULT ").append(switch (dv.kind()) {
            case NOW -> t.kind() == ColumnType.Kind.DATE ? "CURRENT_DATE" : "CURRENT_TIMESTAMP";
            case UUIDV4 -> d == Dialect.H2 ? "RANDOM_UUID()" : d == Dialect.MARIADB ? "(UUID())" : "gen_random_uuid()";
            case SQL -> "(" + dv.value() + ")";
            case LITERAL -> switch (t.kind()) {
                case INTEGER, BIGINT, SMALLINT, REAL, DOUBLE, DECIMAL, BOOLEAN -> dv.value();
                default -> "'" + dv.value().replace("'", "''") + "'";
            };
        }));
        if (!c.nullable()) sb.append(" NOT NULL");
        return sb.toString();
    }

    static String q(String s) {
        return '"' + s + '"';
    }
}
