package dev.modelsync.verify;

import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Fixture;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.schema.Schema;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.modelsync.verify.Finding.Check.DRIFT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each finding code, triggered by a real out-of-band DDL statement on a database that matched
 * the model, and reported exactly. The model is {@link Fixture#expected} as the resolver
 * writes it (JSONB, partial index, NO ACTION), on both databases.
 */
class DriftTest {
    private static final Schema MODEL = Fixture.expected(Dialect.POSTGRESQL);

    record Case(List<String> postgres, List<String> h2, List<String> mariadb, List<Finding> expected) {
        Case(List<String> postgres, List<String> h2, List<Finding> expected) {
            this(postgres, h2, List.of(), expected);
        }
    }

    static Finding f(String code, String table, String message) {
        return new Finding(DRIFT, code, table, message);
    }

    static Case both(List<String> ddl, Finding... expected) {
        return new Case(ddl, ddl, List.of(expected));
    }

    static Stream<Arguments> cases() {
        List<Arguments> args = new ArrayList<>();
        add(args, "MISSING_TABLE", both(List.of("DROP TABLE \"UserFollowers\""),
                f("MISSING_TABLE", "UserFollowers", "UserFollowers: table is missing in the database")));
        add(args, "EXTRA_TABLE", both(List.of("CREATE TABLE \"Logs\" (\"id\" INTEGER)"),
                f("EXTRA_TABLE", "Logs", "Logs: table exists in the database but not in the model")));
        add(args, "MISSING_TABLE with a case hint", both(List.of("DROP TABLE \"UserFollowers\"",
                        "CREATE TABLE \"USERFOLLOWERS\" (\"ID\" INTEGER)", "CREATE TABLE \"userfollowers\" (\"id\" INTEGER)"),
                f("MISSING_TABLE", "UserFollowers", "UserFollowers: table is missing in the database (the database has a"
                        + " table USERFOLLOWERS, which differs only in case: it was probably created without quotes, so"
                        + " %FOLD% its name)"),
                f("EXTRA_TABLE", "USERFOLLOWERS", "USERFOLLOWERS: table exists in the database but not in the model"),
                f("EXTRA_TABLE", "userfollowers", "userfollowers: table exists in the database but not in the model")));
        add(args, "MISSING_COLUMN", both(List.of("ALTER TABLE \"Users\" DROP COLUMN \"rank\""),
                f("MISSING_COLUMN", "Users", "Users.rank: column is missing in the database")));
        add(args, "EXTRA_COLUMN", both(List.of("ALTER TABLE \"Users\" ADD COLUMN \"legacy\" INTEGER"),
                f("EXTRA_COLUMN", "Users", "Users.legacy: column exists in the database but not in the model")));
        add(args, "TYPE_MISMATCH", both(List.of("ALTER TABLE \"Users\" ALTER COLUMN \"email\" SET DATA TYPE VARCHAR(255)"),
                f("TYPE_MISMATCH", "Users", "Users.email: type is VARCHAR(255) in the database, VARCHAR(100) in the model")));
        add(args, "TYPE_MISMATCH of a type modelsync does not map", new Case(
                List.of("ALTER TABLE \"Users\" ALTER COLUMN \"rank\" SET DATA TYPE NUMERIC(3,0)",
                        "ALTER TABLE \"Users\" ALTER COLUMN \"bio\" SET DATA TYPE VARCHAR"),
                List.of("ALTER TABLE \"Users\" ALTER COLUMN \"rank\" SET DATA TYPE NUMERIC(3,0)",
                        "ALTER TABLE \"Users\" ALTER COLUMN \"bio\" SET DATA TYPE TINYINT"),
                List.of(f("TYPE_MISMATCH", "Users", "Users.bio: type is %RAW% in the database, TEXT in the model"),
                        f("TYPE_MISMATCH", "Users", "Users.rank: type is DECIMAL(3,0) in the database, SMALLINT in the model"))));
        add(args, "NULLABILITY_MISMATCH", both(List.of("ALTER TABLE \"Users\" ALTER COLUMN \"bio\" SET NOT NULL"),
                f("NULLABILITY_MISMATCH", "Users", "Users.bio: NOT NULL in the database, nullable in the model")));
        add(args, "DEFAULT_MISMATCH", both(List.of("ALTER TABLE \"Users\" ALTER COLUMN \"createdAt\" DROP DEFAULT",
                        "ALTER TABLE \"Users\" ALTER COLUMN \"visits\" SET DEFAULT 7"),
                f("DEFAULT_MISMATCH", "Users", "Users.visits: default is '7' in the database, '0' in the model"),
                f("DEFAULT_MISMATCH", "Users", "Users.createdAt: default is none in the database, NOW in the model")));
        add(args, "AUTOINCREMENT_MISMATCH", both(List.of("ALTER TABLE \"Users\" ALTER COLUMN \"id\" DROP IDENTITY"),
                f("AUTOINCREMENT_MISMATCH", "Users", "Users.id: not auto-increment in the database, auto-increment in the model")));
        add(args, "MISSING_PRIMARY_KEY", both(List.of("ALTER TABLE \"UserFollowers\" DROP CONSTRAINT \"UserFollowers_pkey\""),
                f("MISSING_PRIMARY_KEY", "UserFollowers",
                        "UserFollowers: primary key UserFollowers_pkey (followerId, followedId) is missing in the database")));
        add(args, "PRIMARY_KEY_MISMATCH columns", both(List.of(
                        "ALTER TABLE \"UserFollowers\" DROP CONSTRAINT \"UserFollowers_pkey\"",
                        "ALTER TABLE \"UserFollowers\" ADD CONSTRAINT \"UserFollowers_pkey\" PRIMARY KEY (\"followedId\", \"followerId\")"),
                f("PRIMARY_KEY_MISMATCH", "UserFollowers", "UserFollowers: primary key is (followedId, followerId) in the"
                        + " database, (followerId, followedId) in the model")));
        add(args, "NAME_MISMATCH of a primary key", both(List.of(
                        "ALTER TABLE \"UserFollowers\" DROP CONSTRAINT \"UserFollowers_pkey\"",
                        "ALTER TABLE \"UserFollowers\" ADD CONSTRAINT \"uf_pk\" PRIMARY KEY (\"followerId\", \"followedId\")"),
                f("NAME_MISMATCH", "UserFollowers", "UserFollowers: primary key (followerId, followedId) is named"
                        + " uf_pk in the database, UserFollowers_pkey in the model")));
        add(args, "MISSING_FOREIGN_KEY", both(List.of("ALTER TABLE \"Posts\" DROP CONSTRAINT \"Posts_UserId_fkey\""),
                f("MISSING_FOREIGN_KEY", "Posts", "Posts: foreign key Posts_UserId_fkey (UserId) -> Users (id) is missing in the database")));
        add(args, "EXTRA_FOREIGN_KEY", both(List.of("ALTER TABLE \"Posts\" ADD CONSTRAINT \"Posts_id_fkey\" FOREIGN KEY (\"id\") REFERENCES \"Users\" (\"id\")"),
                f("EXTRA_FOREIGN_KEY", "Posts", "Posts: foreign key Posts_id_fkey (id) -> Users (id) exists in the database but not in the model")));
        add(args, "FOREIGN_KEY_MISMATCH actions", both(List.of("ALTER TABLE \"Posts\" DROP CONSTRAINT \"Posts_UserId_fkey\"",
                        "ALTER TABLE \"Posts\" ADD CONSTRAINT \"Posts_UserId_fkey\" FOREIGN KEY (\"UserId\") REFERENCES \"Users\" (\"id\")"
                                + " ON DELETE CASCADE ON UPDATE SET NULL"),
                f("FOREIGN_KEY_MISMATCH", "Posts", "Posts: foreign key Posts_UserId_fkey ON DELETE is CASCADE in the database,"
                        + " SET NULL in the model; ON UPDATE is SET NULL in the database, CASCADE in the model")));
        add(args, "FOREIGN_KEY_MISMATCH target", both(List.of("ALTER TABLE \"Posts\" DROP CONSTRAINT \"Posts_UserId_fkey\"",
                        "ALTER TABLE \"Posts\" ADD CONSTRAINT \"Posts_UserId_fkey\" FOREIGN KEY (\"UserId\") REFERENCES \"Posts\" (\"id\")"
                                + " ON DELETE SET NULL ON UPDATE CASCADE"),
                f("FOREIGN_KEY_MISMATCH", "Posts", "Posts: foreign key Posts_UserId_fkey is (UserId) -> Posts (id) in the"
                        + " database, (UserId) -> Users (id) in the model")));
        add(args, "NAME_MISMATCH of a foreign key", both(List.of("ALTER TABLE \"Posts\" RENAME CONSTRAINT \"Posts_UserId_fkey\" TO \"posts_user\""),
                f("NAME_MISMATCH", "Posts", "Posts: foreign key (UserId) -> Users (id) is named posts_user in the"
                        + " database, Posts_UserId_fkey in the model")));
        add(args, "FOREIGN_KEY_MISMATCH and NAME_MISMATCH", both(List.of("ALTER TABLE \"Posts\" DROP CONSTRAINT \"Posts_UserId_fkey\"",
                        "ALTER TABLE \"Posts\" ADD CONSTRAINT \"posts_user\" FOREIGN KEY (\"UserId\") REFERENCES \"Users\" (\"id\")"
                                + " ON DELETE CASCADE ON UPDATE CASCADE"),
                f("FOREIGN_KEY_MISMATCH", "Posts", "Posts: foreign key Posts_UserId_fkey ON DELETE is CASCADE in the database,"
                        + " SET NULL in the model"),
                f("NAME_MISMATCH", "Posts", "Posts: foreign key (UserId) -> Users (id) is named posts_user in the"
                        + " database, Posts_UserId_fkey in the model")));
        add(args, "MISSING_UNIQUE", both(List.of("ALTER TABLE \"Users\" DROP CONSTRAINT \"Users_email_key\""),
                f("MISSING_UNIQUE", "Users", "Users: unique constraint Users_email_key (email) is missing in the database")));
        add(args, "EXTRA_UNIQUE", both(List.of("ALTER TABLE \"Users\" ADD CONSTRAINT \"Users_code_key\" UNIQUE (\"code\")"),
                f("EXTRA_UNIQUE", "Users", "Users: unique constraint Users_code_key (code) exists in the database but not in the model")));
        add(args, "NAME_MISMATCH of a unique constraint", both(List.of("ALTER TABLE \"Users\" RENAME CONSTRAINT \"Users_email_key\" TO \"users_email_unique\""),
                f("NAME_MISMATCH", "Users", "Users: unique constraint (email) is named users_email_unique in the"
                        + " database, Users_email_key in the model")));
        add(args, "MISSING_INDEX", both(List.of("DROP INDEX \"posts_user_created\""),
                f("MISSING_INDEX", "Posts", "Posts: index posts_user_created (UserId, deletedAt DESC) is missing in the database")));
        add(args, "EXTRA_INDEX", both(List.of("CREATE INDEX \"users_rank\" ON \"Users\" (\"rank\")"),
                f("EXTRA_INDEX", "Users", "Users: index users_rank (rank) exists in the database but not in the model")));
        add(args, "INDEX_MISMATCH", both(List.of("DROP INDEX \"posts_user_created\"",
                        "CREATE UNIQUE INDEX \"posts_user_created\" ON \"Posts\" (\"UserId\", \"deletedAt\")"),
                f("INDEX_MISMATCH", "Posts", "Posts: index posts_user_created columns are (UserId, deletedAt) in the"
                        + " database, (UserId, deletedAt DESC) in the model; unique in the database, not unique in the model")));
        add(args, "NAME_MISMATCH of an index", both(List.of("ALTER INDEX \"posts_user_created\" RENAME TO \"p_u_c\""),
                f("NAME_MISMATCH", "Posts", "Posts: index (UserId, deletedAt DESC) is named p_u_c in the database,"
                        + " posts_user_created in the model")));
        add(args, "INDEX_MISMATCH predicate (PostgreSQL)", new Case(
                List.of("DROP INDEX \"posts_live_title\"", "CREATE UNIQUE INDEX \"posts_live_title\" ON \"Posts\" (\"title\")"),
                List.of("DROP INDEX \"posts_live_title\"", "CREATE UNIQUE INDEX \"posts_live_title\" ON \"Posts\" (\"title\")"),
                List.of(f("INDEX_MISMATCH", "Posts", "Posts: index posts_live_title WHERE is none in the database,"
                        + " \"deletedAt\" IS NULL in the model"))));
        add(args, "INDEX_MISMATCH of a partial index (H2)", new Case(List.of(),
                List.of("DROP INDEX \"posts_live_title\"", "CREATE UNIQUE INDEX \"posts_live_title\" ON \"Posts\" (\"title\")"),
                List.of(f("INDEX_MISMATCH", "Posts", "Posts: index posts_live_title unique in the database, not unique in the model"))));
        add(args, "MISSING_ENUM", new Case(
                List.of("ALTER TABLE \"Users\" ALTER COLUMN \"status\" DROP DEFAULT",
                        "ALTER TABLE \"Users\" ALTER COLUMN \"status\" SET DATA TYPE VARCHAR(10)",
                        "ALTER TABLE \"Users\" ALTER COLUMN \"status\" SET DEFAULT 'active'",
                        "DROP TYPE \"enum_Users_status\""),
                List.of("ALTER TABLE \"Users\" ALTER COLUMN \"status\" SET DATA TYPE VARCHAR(10)",
                        "DROP DOMAIN \"enum_Users_status\""),
                List.of(f("TYPE_MISMATCH", "Users", "Users.status: type is VARCHAR(10) in the database, ENUM enum_Users_status in the model"),
                        f("MISSING_ENUM", "Users", "enum_Users_status: enum type is missing in the database (values active, banned)"))));
        add(args, "MISSING_ENUM_VALUE and EXTRA_ENUM_VALUE", new Case(
                List.of("ALTER TYPE \"enum_Users_status\" RENAME VALUE 'banned' TO 'blocked'"),
                List.of("ALTER TABLE \"Users\" ALTER COLUMN \"status\" SET DATA TYPE VARCHAR(10)",
                        "DROP DOMAIN \"enum_Users_status\"",
                        "CREATE DOMAIN \"enum_Users_status\" AS ENUM('active', 'blocked')",
                        "ALTER TABLE \"Users\" ALTER COLUMN \"status\" SET DATA TYPE \"enum_Users_status\""),
                List.of(f("MISSING_ENUM_VALUE", "Users", "enum_Users_status: enum value 'banned' is missing in the database"),
                        f("EXTRA_ENUM_VALUE", "Users", "enum_Users_status: enum value 'blocked' exists in the database but not in the model"))));
        return args.stream();
    }

    private static void add(List<Arguments> args, String name, Case c) {
        for (Dialect d : Dialect.values()) {
            if (name.endsWith("(PostgreSQL)") && d != Dialect.POSTGRESQL) continue;
            if (name.endsWith("(H2)") && d != Dialect.H2) continue;
            if (d == Dialect.MARIADB && !MARIADB.containsKey(name)) continue; // see MARIADB
            args.add(Arguments.of(d, Named.of(name, d == Dialect.MARIADB
                    ? new Case(c.postgres(), c.h2(), MARIADB.get(name), c.expected()) : c)));
        }
    }

    /**
     * The out-of-band changes in MariaDB's SQL (the test connection quotes with ANSI_QUOTES). Not there:
     * the primary key cases (every primary key is PRIMARY, and the one of UserFollowers carries a foreign
     * key's index, which MariaDB will not drop), a unique index (a unique constraint there), partial
     * indexes (none there).
     */
    static final java.util.Map<String, List<String>> MARIADB = new java.util.HashMap<>();

    static {
        MARIADB.put("MISSING_TABLE", List.of("DROP TABLE \"UserFollowers\""));
        MARIADB.put("EXTRA_TABLE", List.of("CREATE TABLE \"Logs\" (\"id\" INTEGER)"));
        MARIADB.put("MISSING_COLUMN", List.of("ALTER TABLE \"Users\" DROP COLUMN \"rank\""));
        MARIADB.put("EXTRA_COLUMN", List.of("ALTER TABLE \"Users\" ADD COLUMN \"legacy\" INTEGER"));
        MARIADB.put("TYPE_MISMATCH", List.of("ALTER TABLE \"Users\" MODIFY \"email\" VARCHAR(255) NOT NULL"));
        MARIADB.put("TYPE_MISMATCH of a type modelsync does not map", List.of(
                "ALTER TABLE \"Users\" MODIFY \"rank\" DECIMAL(3,0)", "ALTER TABLE \"Users\" MODIFY \"bio\" TINYINT"));
        MARIADB.put("NULLABILITY_MISMATCH", List.of("ALTER TABLE \"Users\" MODIFY \"bio\" TEXT NOT NULL"));
        MARIADB.put("DEFAULT_MISMATCH", List.of("ALTER TABLE \"Users\" ALTER COLUMN \"createdAt\" DROP DEFAULT",
                "ALTER TABLE \"Users\" ALTER COLUMN \"visits\" SET DEFAULT 7"));
        MARIADB.put("AUTOINCREMENT_MISMATCH", List.of("ALTER TABLE \"Users\" MODIFY \"id\" INTEGER NOT NULL"));
        MARIADB.put("MISSING_FOREIGN_KEY", List.of("ALTER TABLE \"Posts\" DROP FOREIGN KEY \"Posts_UserId_fkey\""));
        MARIADB.put("EXTRA_FOREIGN_KEY", List.of(
                "ALTER TABLE \"Posts\" ADD CONSTRAINT \"Posts_id_fkey\" FOREIGN KEY (\"id\") REFERENCES \"Users\" (\"id\")"));
        MARIADB.put("FOREIGN_KEY_MISMATCH actions", List.of("ALTER TABLE \"Posts\" DROP FOREIGN KEY \"Posts_UserId_fkey\"",
                "ALTER TABLE \"Posts\" ADD CONSTRAINT \"Posts_UserId_fkey\" FOREIGN KEY (\"UserId\") REFERENCES \"Users\" (\"id\")"
                        + " ON DELETE CASCADE ON UPDATE SET NULL"));
        MARIADB.put("FOREIGN_KEY_MISMATCH target", List.of("ALTER TABLE \"Posts\" DROP FOREIGN KEY \"Posts_UserId_fkey\"",
                "ALTER TABLE \"Posts\" ADD CONSTRAINT \"Posts_UserId_fkey\" FOREIGN KEY (\"UserId\") REFERENCES \"Posts\" (\"id\")"
                        + " ON DELETE SET NULL ON UPDATE CASCADE"));
        MARIADB.put("NAME_MISMATCH of a foreign key", List.of("ALTER TABLE \"Posts\" DROP FOREIGN KEY \"Posts_UserId_fkey\"",
                "ALTER TABLE \"Posts\" ADD CONSTRAINT \"posts_user\" FOREIGN KEY (\"UserId\") REFERENCES \"Users\" (\"id\")"
                        + " ON DELETE SET NULL ON UPDATE CASCADE")); // no RENAME CONSTRAINT there
        MARIADB.put("FOREIGN_KEY_MISMATCH and NAME_MISMATCH", List.of("ALTER TABLE \"Posts\" DROP FOREIGN KEY \"Posts_UserId_fkey\"",
                "ALTER TABLE \"Posts\" ADD CONSTRAINT \"posts_user\" FOREIGN KEY (\"UserId\") REFERENCES \"Users\" (\"id\")"
                        + " ON DELETE CASCADE ON UPDATE CASCADE"));
        MARIADB.put("MISSING_UNIQUE", List.of("ALTER TABLE \"Users\" DROP INDEX \"Users_email_key\""));
        MARIADB.put("EXTRA_UNIQUE", List.of("ALTER TABLE \"Users\" ADD CONSTRAINT \"Users_code_key\" UNIQUE (\"code\")"));
        MARIADB.put("NAME_MISMATCH of a unique constraint",
                List.of("ALTER TABLE \"Users\" RENAME INDEX \"Users_email_key\" TO \"users_email_unique\""));
        // the foreign key on UserId uses posts_user_created: it first gets its own index (named as the key)
        MARIADB.put("MISSING_INDEX", List.of("CREATE INDEX \"Posts_UserId_fkey\" ON \"Posts\" (\"UserId\")",
                "DROP INDEX \"posts_user_created\" ON \"Posts\""));
        MARIADB.put("EXTRA_INDEX", List.of("CREATE INDEX \"users_rank\" ON \"Users\" (\"rank\")"));
        MARIADB.put("NAME_MISMATCH of an index", List.of("ALTER TABLE \"Posts\" RENAME INDEX \"posts_user_created\" TO \"p_u_c\""));
        MARIADB.put("MISSING_ENUM", List.of("ALTER TABLE \"Users\" MODIFY \"status\" VARCHAR(10) DEFAULT 'active' NOT NULL"));
        MARIADB.put("MISSING_ENUM_VALUE and EXTRA_ENUM_VALUE",
                List.of("ALTER TABLE \"Users\" MODIFY \"status\" ENUM('active', 'blocked') DEFAULT 'active' NOT NULL"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDatabaseThatMatchesTheModelHasNoFindings(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, Fixture.ddl(dialect));
            assertThat(SchemaComparator.compare(MODEL, Inspector.forConnection(c, null).inspectLive(), dialect, false)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void reportsEachOutOfBandChangeExactly(Dialect dialect, Case c) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection conn = db.connect()) {
            Fixture.apply(conn, Fixture.ddl(dialect));
            Fixture.apply(conn, switch (dialect) {
                case POSTGRESQL -> c.postgres();
                case H2 -> c.h2();
                case MARIADB -> c.mariadb();
            });
            List<Finding> found = SchemaComparator.compare(MODEL, Inspector.forConnection(conn, null).inspectLive(), dialect, false);
            List<Finding> expected = c.expected().stream().map(e -> new Finding(e.check(), e.code(), e.table(),
                    e.message().replace("%FOLD%", dialect == Dialect.H2 ? "H2 upper-cased" : "PostgreSQL lower-cased")
                            .replace("%RAW%", switch (dialect) {
                                case H2 -> "TINYINT";
                                case POSTGRESQL -> "character varying";
                                case MARIADB -> "SMALLINT (mariadb tinyint)";
                            }))).toList();
            assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void ignoreExtraToleratesObjectsTheModelDoesNotKnow(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, Fixture.ddl(dialect));
            Fixture.apply(c, List.of("CREATE TABLE \"Logs\" (\"id\" INTEGER)",
                    "ALTER TABLE \"Users\" ADD COLUMN \"legacy\" INTEGER",
                    "ALTER TABLE \"Users\" ADD CONSTRAINT \"Users_code_key\" UNIQUE (\"code\")",
                    "ALTER TABLE \"Posts\" ADD CONSTRAINT \"Posts_id_fkey\" FOREIGN KEY (\"id\") REFERENCES \"Users\" (\"id\")",
                    "CREATE INDEX \"users_rank\" ON \"Users\" (\"rank\")",
                    "ALTER TABLE \"Users\" DROP COLUMN \"rank\""));
            List<Finding> found = SchemaComparator.compare(MODEL, Inspector.forConnection(c, null).inspectLive(), dialect, true);
            assertThat(found).containsExactly(f("MISSING_COLUMN", "Users", "Users.rank: column is missing in the database"));
        }
    }
}
