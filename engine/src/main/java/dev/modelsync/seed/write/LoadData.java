package dev.modelsync.seed.write;

import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.SeedTable;
import dev.modelsync.seed.Sql;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.ColumnType;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.function.IntFunction;

/**
 * MariaDB/MySQL's bulk path: {@code LOAD DATA LOCAL INFILE} fed from a stream the rows are written
 * into as the driver reads it (the MariaDB driver's {@code setLocalInfileInputStream}; no file).
 * <p>With LOCAL the server cannot stop the client mid-stream, so it treats every refused row the way
 * {@code IGNORE} does: a duplicate key, a foreign key or CHECK failure, a value that does not fit
 * become warnings and the row is skipped or altered. So a load counts: unless it inserted every row
 * and raised no warning, it is rolled back to its savepoint and the caller writes the same rows as
 * batched INSERTs, which either succeed or name the row the database refuses, exactly as without
 * this path. When the server or the driver does not allow LOCAL INFILE (MySQL 8's
 * {@code local_infile} is off by default; {@code allowLocalInfile=false} in the URL), the first load
 * says so and every later insert goes as batches.
 */
final class LoadData {
    /** Rows per LOAD DATA statement; a refused chunk is written again as batches, so this bounds that work. */
    static final int CHUNK = 50_000;
    private static final int FLUSH = 1 << 16;

    private final Connection conn;
    private String unavailable;

    LoadData(Connection conn) {
        this.conn = conn;
    }

    /** Why LOAD DATA LOCAL INFILE cannot be used on this connection, once a load has found out; null while it can. */
    String unavailable() {
        return unavailable;
    }

    /**
     * Loads rows {@code from} (inclusive) to {@code to} (exclusive). True when all of them are in; false
     * when none is (the rows must go another way).
     */
    boolean load(SeedTable t, int[] cols, int from, int to, IntFunction<Object[]> rowAt) throws SQLException {
        if (unavailable != null) return false;
        Savepoint sp = conn.setSavepoint();
        try (Statement st = conn.createStatement()) {
            st.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new Rows(t, cols, from, to, rowAt));
            long loaded = st.executeLargeUpdate(sql(t, cols));
            SQLWarning warning = st.getWarnings();
            if (loaded != to - from || warning != null) {
                conn.rollback(sp);
                return false;
            }
            conn.releaseSavepoint(sp);
            return true;
        } catch (SQLException e) {
            conn.rollback(sp);
            if (refused(e)) unavailable = RowWriter.firstLine(e);
            return false;
        }
    }

    /** The server or the driver does not allow LOCAL INFILE. */
    private static boolean refused(SQLException e) {
        // 1148: not allowed with this version; 3948: disabled on both sides (MySQL 8); 4166: disabled (MariaDB)
        int code = e.getErrorCode();
        String m = String.valueOf(e.getMessage());
        return code == 1148 || code == 3948 || code == 4166 || m.contains("allowLocalInfile");
    }

    /** LOAD DATA into the given columns, in the stream's format; bytes arrive as hex and are unhexed. */
    static String sql(SeedTable t, int[] cols) {
        StringBuilder sql = new StringBuilder("LOAD DATA LOCAL INFILE 'modelsync-seed' INTO TABLE ")
                .append(Sql.table(t.name())).append(" CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'")
                .append(" LINES TERMINATED BY '\\n' (");
        StringBuilder set = new StringBuilder();
        for (int k = 0; k < cols.length; k++) {
            if (k > 0) sql.append(", ");
            String name = Sql.q(t.column(cols[k]).name());
            if (t.column(cols[k]).type().kind() == ColumnType.Kind.BLOB) {
                sql.append("@b").append(k);
                set.append(set.length() == 0 ? " SET " : ", ").append(name).append(" = UNHEX(@b").append(k).append(')');
            } else {
                sql.append(name);
            }
        }
        return sql.append(')').append(set).toString();
    }

    /** The rows as LOAD DATA text, produced as the driver reads (a few dozen KiB at a time). */
    private static final class Rows extends InputStream {
        private final SeedTable table;
        private final int[] cols;
        private final int to;
        private final IntFunction<Object[]> rowAt;
        private final CopyBuffer buf = CopyBuffer.forLoadData(FLUSH + (1 << 12));
        private int next;
        private int pos;

        Rows(SeedTable table, int[] cols, int from, int to, IntFunction<Object[]> rowAt) {
            this.table = table;
            this.cols = cols;
            this.next = from;
            this.to = to;
            this.rowAt = rowAt;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            if (pos == buf.length() && !fill()) return -1;
            int n = Math.min(len, buf.length() - pos);
            System.arraycopy(buf.bytes(), pos, b, off, n);
            pos += n;
            return n;
        }

        private boolean fill() {
            buf.clear();
            pos = 0;
            while (next < to && buf.length() < FLUSH) {
                Object[] v = rowAt.apply(next++);
                for (int k = 0; k < cols.length; k++) {
                    if (k > 0) buf.tab();
                    buf.value(ColumnValues.stored(table.column(cols[k]).type(), v[cols[k]], Dialect.MARIADB));
                }
                buf.newline();
            }
            return buf.length() > 0;
        }
    }
}
