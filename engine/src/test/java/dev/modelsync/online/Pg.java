package dev.modelsync.online;

import dev.modelsync.ModelSync;
import dev.modelsync.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Test helpers over one database and one project directory. */
final class Pg {
    final TestDatabase db;
    final Path project;
    /** Every line the facades of this helper logged. */
    final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();

    Pg(TestDatabase db, Path project) {
        this.db = db;
        this.project = project;
    }

    ModelSync facade(Boolean online, Duration lockTimeout) {
        return ModelSync.configure().baseDir(project).modelsDirectory(project.resolve("models"))
                .changelogDirectory(project.resolve("changelog")).allowDestructive(true)
                .url(db.url()).username(db.user()).password(db.password())
                .online(online).lockTimeout(lockTimeout).cacheDirectory(null).log(log::add).load();
    }

    ModelSync facade() {
        return facade(null, Duration.ofSeconds(5));
    }

    void models(String yaml) throws Exception {
        Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("models").resolve("models.yaml"), yaml);
    }

    void exec(String... sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String q : sql) s.execute(q);
        }
    }

    List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(b.toString());
            }
        }
        return out;
    }

    String changelogText() throws Exception {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(project.resolve("changelog").resolve("changes"))) {
            for (Path f : files.sorted().toList()) b.append(Files.readString(f));
        }
        return b.toString();
    }

    /** Index name|valid|unique of a table. */
    List<String> indexes(String table) throws SQLException {
        return rows("SELECT c.relname, i.indisvalid, i.indisunique FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE i.indrelid = '\"" + table + "\"'::regclass ORDER BY 1");
    }

    /** Constraint name|type|validated of a table. */
    List<String> constraints(String table) throws SQLException {
        return rows("SELECT conname, contype, convalidated FROM pg_constraint WHERE conrelid = '\"" + table
                + "\"'::regclass ORDER BY 1");
    }
}
