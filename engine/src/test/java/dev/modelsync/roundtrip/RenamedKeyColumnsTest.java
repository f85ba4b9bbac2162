package dev.modelsync.roundtrip;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.SchemaDump;
import dev.modelsync.schema.Table;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key columns renamed by plain DDL are inspected under their new names. (H2 2.3 keeps the old
 * names in INFORMATION_SCHEMA.KEY_COLUMN_USAGE after ALTER COLUMN ... RENAME.)
 */
class RenamedKeyColumnsTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void primaryUniqueAndForeignKeysShowTheNewNames(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            LiveDb live = new LiveDb(db);
            live.exec("CREATE TABLE \"p\" (\"a\" INTEGER NOT NULL, \"b\" INTEGER NOT NULL, \"u\" INTEGER, \"parent\" INTEGER,"
                            + " CONSTRAINT \"p_pkey\" PRIMARY KEY (\"b\", \"a\"), CONSTRAINT \"p_u_key\" UNIQUE (\"u\", \"a\"))",
                    "CREATE TABLE \"c\" (\"id\" INTEGER NOT NULL, \"pa\" INTEGER, \"pb\" INTEGER, CONSTRAINT \"c_pkey\" PRIMARY KEY (\"id\"),"
                            + " CONSTRAINT \"c_p_fkey\" FOREIGN KEY (\"pb\", \"pa\") REFERENCES \"p\" (\"b\", \"a\"))",
                    "ALTER TABLE \"c\" ADD CONSTRAINT \"c_self_fkey\" FOREIGN KEY (\"pa\") REFERENCES \"c\" (\"id\")");
            String[] renames = {"\"p\" RENAME COLUMN \"a\" TO \"a2\"", "\"p\" RENAME COLUMN \"u\" TO \"u2\"",
                    "\"c\" RENAME COLUMN \"pa\" TO \"pa2\"", "\"c\" RENAME COLUMN \"id\" TO \"id2\""};
            for (String r : renames) live.exec("ALTER TABLE " + r);

            Schema s = live.inspect().schema();
            Table p = s.table("p").orElseThrow();
            Table c = s.table("c").orElseThrow();
            String dump = SchemaDump.dump(s);
            assertThat(p.primaryKey().orElseThrow().columns()).as(dump).containsExactly("b", "a2");
            assertThat(p.uniques()).as(dump).singleElement().satisfies(u -> assertThat(u.columns()).containsExactly("u2", "a2"));
            assertThat(c.primaryKey().orElseThrow().columns()).as(dump).containsExactly("id2");
            assertThat(c.foreignKeys()).as(dump).extracting(SchemaDump::dump).containsExactlyInAnyOrder(
                    "foreign key c_p_fkey (pb, pa2) -> p (b, a2) ON DELETE " + noAction(dialect) + " ON UPDATE " + noAction(dialect),
                    "foreign key c_self_fkey (pa2) -> c (id2) ON DELETE " + noAction(dialect) + " ON UPDATE " + noAction(dialect));
        }
    }

    /** The action of a key declared without one: H2 reports it as RESTRICT, and MariaDB's default is RESTRICT. */
    private static String noAction(Dialect d) {
        return d == Dialect.POSTGRESQL ? "NO ACTION" : "RESTRICT";
    }
}
