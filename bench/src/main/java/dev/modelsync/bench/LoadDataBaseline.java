package dev.modelsync.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.List;

/**
 * The B3 baseline on MariaDB/MySQL: the same rows as the seed files, streamed with
 * {@code LOAD DATA LOCAL INFILE} from an {@link InputStream} (the MariaDB driver's
 * {@code setLocalInfileInputStream}, the counterpart of PostgreSQL's COPY FROM STDIN) into the same
 * tables, in one transaction. Ids 1…n given explicitly; timestamps written explicitly.
 */
final class LoadDataBaseline {
    private LoadDataBaseline() {
    }

    static void load(Connection c, List<B3Tables> tables) throws SQLException {
        c.setAutoCommit(false);
        for (B3Tables t : tables) load(c, t);
        c.commit();
    }

    static void load(Connection c, B3Tables t) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(text(t));
            long n = s.executeLargeUpdate("LOAD DATA LOCAL INFILE 'rows' INTO TABLE \"" + t.name()
                    + "\" CHARACTER SET utf8mb4 (" + t.columnList() + ")");
            SQLWarning w = s.getWarnings();
            if (n != t.count() || w != null) {
                throw new IllegalStateException("LOAD DATA of " + t.name() + " loaded " + n + " of " + t.count()
                        + " rows" + (w == null ? "" : ": " + w.getMessage()));
            }
        }
    }

    /**
     * LOAD DATA's default text format (tab-separated, one row a line), generated 256 rows at a time as the
     * driver reads; the generated text has no tab, newline or backslash to escape.
     */
    private static InputStream text(B3Tables t) {
        return new SequenceInputStream(new Enumeration<InputStream>() {
            private long next;

            @Override
            public boolean hasMoreElements() {
                return next < t.count();
            }

            @Override
            public InputStream nextElement() {
                StringBuilder lines = new StringBuilder(256 * 80);
                for (int r = 0; r < 256 && next < t.count(); r++, next++) {
                    Object[] v = t.row().apply(next);
                    for (int k = 0; k < v.length; k++) {
                        if (k > 0) lines.append('\t');
                        lines.append(v[k] instanceof LocalDateTime time ? time.format(DATETIME) : v[k]);
                    }
                    lines.append('\n');
                }
                return new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
}
