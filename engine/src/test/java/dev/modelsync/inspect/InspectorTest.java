package dev.modelsync.inspect;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class InspectorTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void readsBackTheSchemaTheDdlCreated(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, Fixture.ddl(dialect));
            LiveSchema live = Inspector.forConnection(c, null).inspectLive();
            assertThat(live.unmappedTypes()).isEmpty();
            Schema expected = Fixture.expected(dialect);
            for (Table t : expected.tables()) {
                assertThat(live.schema().table(t.name())).as(t.name()).contains(t);
            }
            assertThat(live.schema()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void leavesOutLiquibaseTablesAndReportsUnmappedTypes(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            // a type the resolver never writes
            String odd = dialect == Dialect.POSTGRESQL ? "POINT" : dialect == Dialect.MARIADB ? "BIT(8)" : "TINYINT";
            String oddRead = dialect == Dialect.MARIADB ? "bit(8)" : odd;
            Fixture.apply(c, List.of(
                    "CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255))",
                    "CREATE TABLE DATABASECHANGELOGLOCK (ID INTEGER)",
                    "CREATE TABLE \"Hosts\" (\"addr\" " + odd + ", \"state\" ENUM('up', 'down'))"
                            .replace("ENUM('up', 'down')", dialect == Dialect.POSTGRESQL ? "VARCHAR(4)" : "ENUM('up', 'down')")));
            LiveSchema live = Inspector.forConnection(c, "").inspectLive();
            assertThat(live.schema().tables()).extracting(Table::name).containsExactly("Hosts");
            assertThat(live.unmappedTypes()).containsOnlyKeys("Hosts.addr");
            assertThat(live.unmappedTypes().get("Hosts.addr")).isEqualToIgnoringCase(oddRead);
            if (dialect != Dialect.POSTGRESQL) { // an inline ENUM column gets the resolver's enum name
                assertThat(live.schema().table("Hosts").orElseThrow().column("state").orElseThrow().type())
                        .isEqualTo(ColumnType.enumOf("enum_Hosts_state"));
                assertThat(live.schema().enums()).containsExactly(new EnumType("enum_Hosts_state", List.of("up", "down")));
            }
        }
    }

    /** {@code timestamp(n) with time zone} keeps its fractional seconds (DATE(n) under sequelize7); H2 shows 6 as none. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void readsTheFractionalSecondsOfTimestamps(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            String ts = dialect == Dialect.MARIADB ? "DATETIME" : "TIMESTAMP";
            String tz = dialect == Dialect.MARIADB ? "" : " WITH TIME ZONE";
            Fixture.apply(c, List.of("CREATE TABLE \"Stamps\" (\"at3\" " + ts + "(3)" + tz + ", \"at6\" " + ts + "(6)" + tz
                    + ", \"at\" " + ts + tz + ")"));
            Table t = Inspector.forConnection(c, null).inspect().table("Stamps").orElseThrow();
            List<ColumnType> types = t.columns().stream().map(dev.modelsync.schema.Column::type).toList();
            ColumnType plain = ColumnType.of(ColumnType.Kind.TIMESTAMPTZ);
            assertThat(types).containsExactly(switch (dialect) {
                case POSTGRESQL -> new ColumnType[]{ColumnType.timestamptz(3), ColumnType.timestamptz(6), plain};
                case H2 -> new ColumnType[]{ColumnType.timestamptz(3), plain, plain};
                case MARIADB -> new ColumnType[]{plain.onMariaDb("datetime(3)"), plain.onMariaDb("datetime(6)"), plain};
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void issuesAFixedNumberOfQueriesWhateverTheNumberOfTables(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, Fixture.ddl(dialect));
            AtomicInteger statements = new AtomicInteger();
            Schema small = Inspector.forConnection(counting(c, statements), null).inspect();
            int forThreeTables = statements.getAndSet(0);

            List<String> more = new ArrayList<>();
            boolean my = dialect == Dialect.MARIADB;
            for (int i = 0; i < 40; i++) {
                more.add("CREATE TABLE \"T" + i + "\" (\"id\" INTEGER NOT NULL, \"UserId\" INTEGER, \"name\" VARCHAR(20), "
                        + "CONSTRAINT \"T" + i + "_pkey\" PRIMARY KEY (\"id\"), "
                        + "CONSTRAINT \"T" + i + "_name_key\" UNIQUE (\"name\"), "
                        + "CONSTRAINT \"T" + i + "_UserId_fkey\" FOREIGN KEY (\"UserId\") REFERENCES \"Users\" (\"id\"))");
                more.add("CREATE INDEX \"t" + i + "_user\" ON \"T" + i + "\" (\"UserId\")");
            }
            Fixture.apply(c, more);
            Schema big = Inspector.forConnection(counting(c, statements), null).inspect();
            int forFortyThreeTables = statements.get();

            assertThat(small.tables()).hasSize(3);
            assertThat(big.tables()).hasSize(43);
            assertThat(big.table("T39").orElseThrow().foreignKeys()).hasSize(1);
            assertThat(big.table("T39").orElseThrow().indexes()).hasSize(1);
            assertThat(forThreeTables).isEqualTo(my ? 6 : 4); // MariaDB: one information_schema table per query
            assertThat(forFortyThreeTables).isEqualTo(forThreeTables);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void readsCommentsOfTablesAndColumnsAndTablesWithoutColumns(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, dialect == Dialect.MARIADB ? List.of( // no COMMENT ON there: comments are part of the definitions
                    "CREATE TABLE \"Notes\" (\"id\" INTEGER NOT NULL, \"body\" VARCHAR(20) COMMENT 'the text',"
                            + " \"tag\" VARCHAR(5) COMMENT 'a label') COMMENT 'what people wrote'",
                    "CREATE TABLE \"Plain\" (\"id\" INTEGER COMMENT 'only column')") : List.of(
                    "CREATE TABLE \"Notes\" (\"id\" INTEGER NOT NULL, \"body\" VARCHAR(20), \"tag\" VARCHAR(5))",
                    "CREATE TABLE \"Plain\" (\"id\" INTEGER)",
                    "COMMENT ON TABLE \"Notes\" IS 'what people wrote'",
                    "COMMENT ON COLUMN \"Notes\".\"body\" IS 'the text'",
                    "COMMENT ON COLUMN \"Notes\".\"tag\" IS 'a label'",
                    "COMMENT ON COLUMN \"Plain\".\"id\" IS 'only column'"));
            if (dialect == Dialect.POSTGRESQL) Fixture.apply(c, List.of("CREATE TABLE \"Empty\" ()"));

            Schema live = Inspector.forConnection(c, null).inspect();

            Table notes = live.table("Notes").orElseThrow();
            assertThat(notes.comment()).isEqualTo("what people wrote");
            assertThat(notes.columns()).extracting(col -> col.name() + "=" + col.comment())
                    .containsExactly("id=", "body=the text", "tag=a label");
            Table plain = live.table("Plain").orElseThrow();
            assertThat(plain.comment()).isEmpty();
            assertThat(plain.column("id").orElseThrow().comment()).isEqualTo("only column");
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(live.table("Empty").orElseThrow().columns()).isEmpty();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void readsExpressionIndexesAndLeavesOutConstraintIndexesAndOtherSchemasOnPostgres() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL); Connection c = db.connect()) {
            Fixture.apply(c, List.of(
                    "CREATE TABLE \"Accounts\" (\"id\" INTEGER NOT NULL, \"email\" VARCHAR(50), \"n\" INTEGER, "
                            + "CONSTRAINT \"Accounts_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"Accounts_n_key\" UNIQUE (\"n\"))",
                    "CREATE INDEX \"accounts_lower_email\" ON \"Accounts\" (lower(\"email\"), \"n\" DESC)",
                    "CREATE SCHEMA other",
                    "CREATE TABLE other.\"Accounts\" (\"x\" INTEGER PRIMARY KEY, \"y\" INTEGER REFERENCES other.\"Accounts\" (\"x\"))",
                    "CREATE INDEX other_y ON other.\"Accounts\" (\"y\")",
                    "COMMENT ON TABLE other.\"Accounts\" IS 'elsewhere'"));

            Schema live = Inspector.forConnection(c, "public").inspect();

            Table accounts = live.table("Accounts").orElseThrow();
            assertThat(live.tables()).extracting(Table::name).containsExactly("Accounts");
            assertThat(accounts.comment()).isEmpty();
            assertThat(accounts.columns()).extracting(col -> col.name()).containsExactly("id", "email", "n");
            assertThat(accounts.foreignKeys()).isEmpty();
            assertThat(accounts.indexes()).singleElement().satisfies(i -> {
                assertThat(i.name()).isEqualTo("accounts_lower_email");
                assertThat(i.columns()).extracting(col -> col.name() + (col.descending() ? " DESC" : ""))
                        .containsExactly("lower(email::text)", "n DESC");
            });
            Table other = Inspector.forConnection(c, "other").inspect().table("Accounts").orElseThrow();
            assertThat(other.comment()).isEqualTo("elsewhere");
            assertThat(other.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.columns()).containsExactly("y");
                assertThat(fk.refTable()).isEqualTo("Accounts");
                assertThat(fk.refColumns()).containsExactly("x");
            });
            assertThat(other.indexes()).extracting(dev.modelsync.schema.Index::name).containsExactly("other_y");
        }
    }

    /** A connection that counts every statement it hands out. */
    static Connection counting(Connection target, AtomicInteger counter) {
        InvocationHandler h = (proxy, method, args) -> {
            String m = method.getName();
            if (m.equals("prepareStatement") || m.equals("createStatement") || m.equals("prepareCall")) {
                counter.incrementAndGet();
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, h);
    }
}
