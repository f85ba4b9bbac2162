package dev.modelsync.schema;

/**
 * A table's MariaDB/MySQL options as the model sets them (Sequelize's {@code engine}, {@code charset},
 * {@code collate}, {@code initialAutoIncrement}); "" and 0 where not given, when the database's defaults
 * apply. They are written when the table is created there and change nothing on PostgreSQL and H2 (as
 * in Sequelize).
 */
public record TableOptions(String engine, String charset, String collate, long initialAutoIncrement) {
    public static final TableOptions NONE = new TableOptions("", "", "", 0);

    public TableOptions {
        engine = engine == null ? "" : engine;
        charset = charset == null ? "" : charset;
        collate = collate == null ? "" : collate;
    }

    /** No option given (named so that the JSON codec of the replay cache does not take it for a property). */
    public boolean none() {
        return equals(NONE);
    }

    /** The options as MariaDB's CREATE TABLE takes them: {@code ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ...}; "" when none. */
    public String sql() {
        StringBuilder b = new StringBuilder();
        if (!engine.isEmpty()) b.append(" ENGINE=").append(engine);
        if (!charset.isEmpty()) b.append(" DEFAULT CHARSET=").append(charset);
        if (!collate.isEmpty()) b.append(" COLLATE=").append(collate);
        if (initialAutoIncrement > 0) b.append(" AUTO_INCREMENT=").append(initialAutoIncrement);
        return b.toString().trim();
    }

    /** Whether a table created with {@code live}'s options has what these ask for (an option not given asks for nothing). */
    public boolean satisfiedBy(TableOptions live) {
        return (engine.isEmpty() || engine.equalsIgnoreCase(live.engine()))
                && (charset.isEmpty() || charset.equalsIgnoreCase(live.charset()))
                && (collate.isEmpty() || collate.equalsIgnoreCase(live.collate()));
    }
}
