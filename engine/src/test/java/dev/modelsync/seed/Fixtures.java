package dev.modelsync.seed;

import dev.modelsync.Seeder;

import dev.modelsync.config.Config;
import dev.modelsync.db.Dialect;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static dev.modelsync.schema.ColumnType.Kind.*;

/** The models of the seeding tests, in the shapes the resolver produces. */
final class Fixtures {
    private Fixtures() {
    }

    static ColumnType t(ColumnType.Kind k) {
        return ColumnType.of(k);
    }

    static TestSchema app() {
        TestSchema s = new TestSchema();
        s.enumType("enum_Users_status", "active", "banned");
        var user = s.model("User", "Users").id()
                .attr("name", ColumnType.varchar(255), false)
                .attr("email", ColumnType.varchar(255), false, null, Map.of("isEmail", true)).unique("email")
                .attr("age", t(INTEGER), true, null, Map.of("min", 0, "max", 150))
                .attr("nickname", ColumnType.varchar(12), true, null, Map.of("len", List.of(2, 12)))
                .attr("handle", ColumnType.varchar(40), true, null, Map.of("is", "^[a-z0-9_]+$", "notIn",
                        List.of(List.of("admin", "root"))))
                .attr("status", ColumnType.enumOf("enum_Users_status"), false, DefaultValue.literal("active"), Map.of())
                .attr("settings", t(JSON), true)
                .attr("birthday", t(DATE), true)
                .attr("score", ColumnType.decimal(6, 2), true)
                .attr("isAdmin", t(BOOLEAN), false, DefaultValue.literal("false"), Map.of())
                .seedKey("email").timestamps();
        var project = s.model("Project", "Projects").id()
                .attr("title", ColumnType.varchar(255), false, null, Map.of("notEmpty", true))
                .attr("description", t(TEXT), true)
                .seedKey("title").timestamps();
        var tag = s.model("Tag", "Tags").id().attr("name", ColumnType.varchar(50), false).attr("color", ColumnType.varchar(20), true);
        var badge = s.model("Badge", "Badges").id().attr("name", ColumnType.varchar(50), false)
                .attr("level", t(INTEGER), false).seedKey("name", "level");
        var task = s.model("Task", "Tasks").id().attr("title", ColumnType.varchar(100), false);
        var student = s.model("Student", "Students").id().attr("firstName", ColumnType.varchar(100), false)
                .seedKey("firstName");
        var klass = s.model("Class", "Classes").id().attr("className", ColumnType.varchar(100), false)
                .seedKey("className");
        var employee = s.model("Employee", "Employees").id().attr("name", ColumnType.varchar(100), false).seedKey("name");

        var profile = s.model("Profile", "Profiles").id().attr("bio", ColumnType.varchar(200), true);
        profile.belongsTo("user", "User", "userId", false).unique("userId");
        user.hasOne("profile", "Profile", "userId");

        // belongsTo / hasMany, including a cycle Users <-> Projects
        project.belongsTo("owner", "User", "ownerId", true);
        user.hasMany("ownedProjects", "Project", "ownerId");
        user.belongsTo("favoriteProject", "Project", "favoriteProjectId", true);
        task.belongsTo("project", "Project", "projectId", false);
        project.hasMany("tasks", "Task", "projectId");
        employee.belongsTo("manager", "Employee", "managerId", true);
        employee.hasMany("reports", "Employee", "managerId");

        // many-to-many
        s.junction("UserProjects", "UserId", "Users", "ProjectId", "Projects", false);
        s.model("UserProject", "UserProjects").fkAttrs("UserId", "ProjectId")
                .attr("role", ColumnType.varchar(255), false, null, Map.of("isIn", List.of(List.of("admin", "developer", "viewer"))))
                .attr("startDate", t(TIMESTAMPTZ), true, DefaultValue.NOW, Map.of()).timestamps();
        user.belongsToMany("projects", "Project", "UserProjects", "UserProject", "UserId", "ProjectId");
        project.belongsToMany("users", "User", "UserProjects", "UserProject", "ProjectId", "UserId");
        s.junction("Friendships", "UserId", "Users", "FriendId", "Users", true);
        user.belongsToMany("friends", "User", "Friendships", "", "UserId", "FriendId");
        s.junction("StudentClasses", "StudentId", "Students", "ClassId", "Classes", true);
        student.belongsToMany("Classes", "Class", "StudentClasses", "", "StudentId", "ClassId");
        klass.belongsToMany("Students", "Student", "StudentClasses", "", "ClassId", "StudentId");
        s.junction("ProjectTags", "ProjectId", "Projects", "TagId", "Tags", false);
        project.belongsToMany("Tags", "Tag", "ProjectTags", "", "ProjectId", "TagId");
        s.junction("UserBadges", "UserId", "Users", "BadgeId", "Badges", false);
        user.belongsToMany("Badges", "Badge", "UserBadges", "", "UserId", "BadgeId");
        return s;
    }

    /** A test run: a database with the app tables, a seed directory, and the config pointing at both. */
    static final class Run implements AutoCloseable {
        final TestDatabase db;
        final TestSchema schema;
        final Path seeds;
        final List<String> log = new ArrayList<>();

        Run(Dialect dialect, Path dir) throws Exception {
            this(dialect, dir, app());
        }

        Run(Dialect dialect, Path dir, TestSchema schema) throws Exception {
            this.db = TestDatabase.create(dialect);
            this.schema = schema;
            this.seeds = Files.createDirectories(dir.resolve("seeds"));
            try (Connection c = db.connect()) {
                schema.create(c, dialect);
            }
        }

        /** Whether seed references to rows that exist nowhere are errors (the strictReferences option). */
        boolean strictReferences;

        Config config() {
            Consumer<String> sink = log::add;
            Path base = seeds.getParent();
            return new Config(base, base.resolve("models"), base.resolve("changelog"), seeds, db.url(), db.user(),
                    db.password(), false, sink, java.util.Optional.empty(), Config.DEFAULT_LOCK_WAIT_SECONDS,
                    dev.modelsync.config.Online.OFF, strictReferences);
        }

        Run file(String name, String yaml) throws Exception {
            Files.writeString(seeds.resolve(name), yaml);
            return this;
        }

        dev.modelsync.SeedResult seed() {
            return Seeder.seed(config(), schema.resolved());
        }

        List<String> dump(String table) throws SQLException {
            return query("SELECT * FROM \"" + table + "\" ORDER BY 1, 2");
        }

        List<String> query(String sql) throws SQLException {
            List<String> out = new ArrayList<>();
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        if (i > 1) sb.append(" | ");
                        Object o = rs.getObject(i);
                        if (o instanceof java.sql.Clob clob) o = clob.getSubString(1, (int) clob.length());
                        sb.append(md.getColumnLabel(i)).append('=').append(o instanceof byte[] b ? new String(b) : o);
                    }
                    out.add(sb.toString());
                }
            }
            return out;
        }

        long count(String table) throws SQLException {
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        void exec(String sql) throws SQLException {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        /** Every table's rows, for "nothing changed" checks. */
        Map<String, List<String>> dumpAll() throws SQLException {
            Map<String, List<String>> all = new java.util.TreeMap<>();
            for (var t : schema.resolved().schema().tables()) all.put(t.name(), dump(t.name()));
            return all;
        }

        @Override
        public void close() {
            db.close();
        }
    }
}
