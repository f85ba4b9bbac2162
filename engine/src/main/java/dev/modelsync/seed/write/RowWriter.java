package dev.modelsync.seed.write;

import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.SeedTable;
import dev.modelsync.seed.Sources;
import dev.modelsync.seed.Sql;

import dev.modelsync.db.Dialect;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes rows: INSERTs as JDBC batches (PostgreSQL rewrites them into multi-row inserts with
 * {@code reWriteBatchedInserts=true}; MariaDB's driver sends them with its bulk protocol), or, for
 * large groups, the database's bulk path: PostgreSQL COPY, MariaDB/MySQL LOAD DATA LOCAL INFILE
 * ({@link LoadData}); UPDATEs as batches. A failing statement is traced back to its seed row and
 * reported with its position. {@link #methods()} says which ways the inserts went.
 */
public final class RowWriter {
    static final int BATCH = 1000;
    /** Groups at least this large go through the bulk path (COPY, LOAD DATA). */
    static final int COPY_THRESHOLD = Integer.getInteger("modelsync.seed.copyThreshold", 2000);
    public static final String COPY = "COPY";
    public static final String LOAD_DATA = "LOAD DATA LOCAL INFILE";
    public static final String BATCHES = "batched INSERTs";
    private static final Pattern COPY_LINE = Pattern.compile("COPY [^,]+, line (\\d+)");

    /** A write failed at the row with this position. */
    public static final class WriteFailure extends Exception {
        private final long pos;

        WriteFailure(long pos, String message) {
            super(message, null, false, false);
            this.pos = pos;
        }

        /** The position of the seed row the database refused, packed by {@link Sources}. */
        public long pos() {
            return pos;
        }
    }

    private final Connection conn;
    private final Dialect dialect;
    private final Progress progress;
    private final LoadData loadData;
    private final Set<String> methods = new LinkedHashSet<>();

    RowWriter(Connection conn, Dialect dialect, Progress progress) {
        this.conn = conn;
        this.dialect = dialect;
        this.progress = progress;
        this.loadData = dialect == Dialect.MARIADB ? new LoadData(conn) : null;
    }

    /** How the inserts since the last call went ({@link #COPY}, {@link #LOAD_DATA}, {@link #BATCHES}), and forgets them. */
    String methods() {
        String m = String.join(" and ", methods);
        methods.clear();
        return m;
    }

    /**
     * Inserts {@code count} rows; {@code rowAt(i)} gives the full-width values (by column index)
     * of row i, {@code posAt(i)} its seed position.
     */
    void insert(SeedTable t, int[] cols, int count, IntFunction<Object[]> rowAt, IntToLongFunction posAt)
            throws SQLException, WriteFailure {
        if (count == 0) return;
        if (dialect == Dialect.POSTGRESQL && count >= COPY_THRESHOLD) {
            copy(t, cols, count, rowAt, posAt);
            methods.add(COPY);
            return;
        }
        if (loadData != null && count >= COPY_THRESHOLD) {
            boolean wasAvailable = loadData.unavailable() == null;
            for (int from = 0; from < count; from += LoadData.CHUNK) {
                int to = Math.min(count, from + LoadData.CHUNK);
                if (loadData.load(t, cols, from, to, rowAt)) {
                    methods.add(LOAD_DATA);
                    progress.tick(to - from);
                } else {
                    batchInsert(t, cols, from, to, rowAt, posAt);
                }
            }
            if (wasAvailable && loadData.unavailable() != null) {
                progress.info("seed: LOAD DATA LOCAL INFILE is not available (" + loadData.unavailable() + "); inserts go"
                        + " as batches, which is slower: allow local_infile on the server, and leave allowLocalInfile"
                        + " on in the URL");
            }
            return;
        }
        batchInsert(t, cols, 0, count, rowAt, posAt);
    }

    private void batchInsert(SeedTable t, int[] cols, int from, int to, IntFunction<Object[]> rowAt,
                             IntToLongFunction posAt) throws SQLException, WriteFailure {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(Sql.table(t.name())).append(" (")
                .append(Sql.columns(t, cols)).append(") VALUES (");
        for (int i = 0; i < cols.length; i++) {
            if (i > 0) sql.append(", ");
            sql.append(ColumnValues.placeholder(t.column(cols[i]).type(), dialect));
        }
        sql.append(')');
        batch(sql.toString(), from, to, (ps, i) -> {
            Object[] v = rowAt.apply(i);
            for (int k = 0; k < cols.length; k++) ColumnValues.bind(ps, k + 1, t.column(cols[k]).type(), v[cols[k]], dialect);
        }, posAt, t.name());
        methods.add(BATCHES);
    }

    /** UPDATE t SET set... WHERE where... for each row. */
    void update(SeedTable t, int[] set, int[] where, int count, IntFunction<Object[]> rowAt, IntToLongFunction posAt)
            throws SQLException, WriteFailure {
        if (count == 0) return;
        StringBuilder sql = new StringBuilder("UPDATE ").append(Sql.table(t.name())).append(" SET ");
        for (int i = 0; i < set.length; i++) {
            if (i > 0) sql.append(", ");
            sql.append(Sql.q(t.column(set[i]).name())).append(" = ")
                    .append(ColumnValues.placeholder(t.column(set[i]).type(), dialect));
        }
        sql.append(" WHERE ");
        for (int i = 0; i < where.length; i++) {
            if (i > 0) sql.append(" AND ");
            sql.append(Sql.q(t.column(where[i]).name())).append(" = ?");
        }
        batch(sql.toString(), 0, count, (ps, i) -> {
            Object[] v = rowAt.apply(i);
            int p = 1;
            for (int c : set) ColumnValues.bind(ps, p++, t.column(c).type(), v[c], dialect);
            for (int c : where) ColumnValues.bind(ps, p++, t.column(c).type(), v[c], dialect);
        }, posAt, t.name());
    }

    private interface Binder {
        void bind(PreparedStatement ps, int row) throws SQLException;
    }

    private void batch(String sql, int first, int end, Binder binder, IntToLongFunction posAt, String table)
            throws SQLException, WriteFailure {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int from = first; from < end; from += BATCH) {
                int to = Math.min(end, from + BATCH);
                Savepoint sp = conn.setSavepoint();
                try {
                    for (int i = from; i < to; i++) {
                        binder.bind(ps, i);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    conn.releaseSavepoint(sp);
                } catch (BatchUpdateException e) {
                    conn.rollback(sp);
                    ps.clearBatch();
                    locate(ps, binder, from, to, posAt, table, e);
                }
                progress.tick(to - from);
            }
        }
    }

    /** Re-runs a failed batch row by row to name the row that fails. */
    private void locate(PreparedStatement ps, Binder binder, int from, int to, IntToLongFunction posAt, String table,
                        SQLException original) throws SQLException, WriteFailure {
        for (int i = from; i < to; i++) {
            Savepoint sp = conn.setSavepoint();
            try {
                binder.bind(ps, i);
                ps.executeUpdate();
                conn.releaseSavepoint(sp);
            } catch (SQLException e) {
                conn.rollback(sp);
                throw new WriteFailure(posAt.applyAsLong(i), "the database refused this row of " + table + ": "
                        + firstLine(e));
            }
        }
        throw new WriteFailure(posAt.applyAsLong(from), "the database refused a batch of " + table + ": "
                + firstLine(original));
    }

    private void copy(SeedTable t, int[] cols, int count, IntFunction<Object[]> rowAt, IntToLongFunction posAt)
            throws SQLException, WriteFailure {
        String sql = "COPY " + Sql.table(t.name()) + " (" + Sql.columns(t, cols) + ") FROM STDIN";
        CopyIn in = conn.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        CopyBuffer buf = new CopyBuffer(1 << 17);
        try {
            for (int i = 0; i < count; i++) {
                Object[] v = rowAt.apply(i);
                for (int k = 0; k < cols.length; k++) {
                    if (k > 0) buf.tab();
                    buf.value(v[cols[k]]);
                }
                buf.newline();
                if (buf.length() >= (1 << 16)) {
                    in.writeToCopy(buf.bytes(), 0, buf.length());
                    buf.clear();
                }
                if ((i & 1023) == 1023) progress.tick(1024);
            }
            if (buf.length() > 0) in.writeToCopy(buf.bytes(), 0, buf.length());
            in.endCopy();
            progress.tick(count & 1023);
        } catch (SQLException e) {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException ignored) {
                    // the server has already ended the copy
                }
            }
            String where = e instanceof PSQLException p && p.getServerErrorMessage() != null
                    ? String.valueOf(p.getServerErrorMessage().getWhere()) : String.valueOf(e.getMessage());
            Matcher m = COPY_LINE.matcher(where);
            long pos = m.find() ? posAt.applyAsLong(Math.min(count, Integer.parseInt(m.group(1))) - 1) : posAt.applyAsLong(0);
            throw new WriteFailure(pos, "the database refused this row of " + t.name() + ": " + firstLine(e));
        }
    }

    public static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
