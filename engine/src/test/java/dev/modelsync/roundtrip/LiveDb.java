package dev.modelsync.roundtrip;

import dev.modelsync.config.Config;
import dev.modelsync.ModelSync;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.SchemaDump;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.verify.Finding;
import dev.modelsync.verify.SchemaComparator;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers over one live database: plain SQL, the inspected schema, and drift against a desired schema. */
final class LiveDb {
    private final TestDatabase db;

    LiveDb(TestDatabase db) {
        this.db = db;
    }

    Dialect dialect() {
        return db.dialect();
    }

    /** A facade configuration whose models and changelog live under {@code project}. */
    Config config(Path project) {
        return facade(project).config();
    }

    ModelSync facade(Path project) {
        return facade(project, false);
    }

    ModelSync facade(Path project, boolean allowDestructive) {
        return ModelSync.configure().allowDestructive(allowDestructive).baseDir(project).modelsDirectory(project.resolve("models"))
                .changelogDirectory(project.resolve("changelog"))
                .url(db.url()).username(db.user()).password(db.password()).load();
    }

    /** The live schema: the default schema's tables and those of every other schema (qualified, schema.table). */
    LiveSchema inspect() throws SQLException {
        try (Connection c = db.connect()) {
            return Inspector.forConnection(c, null, Inspector.otherSchemas(c).keySet()).inspectLive();
        }
    }


    /** The drift between {@code desired} and the live schema; on any finding the message shows both schemas in full. */
    Drift drift(Schema desired) throws SQLException {
        LiveSchema live = inspect();
        List<Finding> findings = SchemaComparator.compare(desired, live, db.dialect(), false);
        return new Drift(findings, findings.isEmpty() ? "" : db.dialect() + " drift:\n"
                + findings.stream().map(Finding::toString).collect(Collectors.joining("\n"))
                + "\n--- desired ---\n" + SchemaDump.dump(desired)
                + "\n--- live (" + db.dialect() + ") ---\n" + SchemaDump.dump(live.schema())
                + (live.unmappedTypes().isEmpty() ? "" : "\nunmapped types: " + live.unmappedTypes()));
    }

    record Drift(List<Finding> findings, String report) {
    }

    void exec(String... sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String q : sql) s.execute(q);
        }
    }

    /** Rows as "a|b|c"; booleans as true/false on both databases. */
    List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    if (i > 1) b.append('|');
                    Object o = rs.getObject(i);
                    b.append(o instanceof Boolean bool ? bool.toString() : rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    long changelogRows() throws SQLException {
        return Long.parseLong(rows("SELECT COUNT(*) FROM DATABASECHANGELOG").get(0));
    }
}
