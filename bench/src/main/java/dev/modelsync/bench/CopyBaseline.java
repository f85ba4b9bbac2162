package dev.modelsync.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The B3 baseline: the same rows as the seed files, streamed with PostgreSQL COPY
 * ({@code PGConnection.getCopyAPI().copyIn}) into the same tables, in one transaction. Users
 * and projects get ids 1…n (then the sequences are moved on); timestamps are written explicitly,
 * as the seed fills them.
 */
final class CopyBaseline {
    private static final int CHUNK = 1 << 16;

    private CopyBaseline() {
    }

    static void load(Connection c, SeedDataGenerator data) throws SQLException {
        c.setAutoCommit(false);
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        CopyManager cm = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder buf = new StringBuilder(CHUNK + 256);

        CopyIn in = cm.copyIn("COPY \"Users\" (\"id\", \"name\", \"email\", \"createdAt\", \"updatedAt\") FROM STDIN");
        for (int i = 1; i <= data.users(); i++) {
            String[] u = SeedDataGenerator.user(i);
            buf.append(i).append('\t').append(u[0]).append('\t').append(u[1]).append('\t').append(now).append('\t')
                    .append(now).append('\n');
            flushIfFull(in, buf);
        }
        finish(in, buf);

        in = cm.copyIn("COPY \"Projects\" (\"id\", \"title\", \"description\", \"createdAt\", \"updatedAt\") FROM STDIN");
        for (int j = 1; j <= data.projects(); j++) {
            String[] p = SeedDataGenerator.project(j);
            buf.append(j).append('\t').append(p[0]).append('\t').append(p[1]).append('\t').append(now).append('\t')
                    .append(now).append('\n');
            flushIfFull(in, buf);
        }
        finish(in, buf);

        in = cm.copyIn("COPY \"UserProjects\" (\"userId\", \"projectId\", \"role\", \"createdAt\", \"updatedAt\")"
                + " FROM STDIN");
        for (int i = 1; i <= data.users(); i++) {
            for (int k = 0; k < data.linksPerUser(); k++) {
                buf.append(i).append('\t').append(data.linkedProject(i, k)).append('\t')
                        .append(SeedDataGenerator.role(i, k)).append('\t').append(now).append('\t').append(now)
                        .append('\n');
                flushIfFull(in, buf);
            }
        }
        finish(in, buf);

        try (Statement s = c.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('\"Users\"', 'id'), " + data.users() + ")");
            s.execute("SELECT setval(pg_get_serial_sequence('\"Projects\"', 'id'), " + data.projects() + ")");
        }
        c.commit();
    }

    private static void flushIfFull(CopyIn in, StringBuilder buf) throws SQLException {
        if (buf.length() >= CHUNK) flush(in, buf);
    }

    private static void flush(CopyIn in, StringBuilder buf) throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }

    private static void finish(CopyIn in, StringBuilder buf) throws SQLException {
        flush(in, buf);
        in.endCopy();
    }
}
