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

    /**
     * The options a table recorded with these has after the change {@code wanted} asks for; empty when they satisfy
     * it. What {@code wanted} does not give stays; a new character set without a collation takes that set's default
     * collation (""); a collation without a character set takes the collation's (its first word); the initial
     * AUTO_INCREMENT stays (it counts only when the table is created).
     */
    public java.util.Optional<TableOptions> changedTo(TableOptions wanted) {
        if (wanted.satisfiedBy(this)) return java.util.Optional.empty();
        boolean engineChanges = !wanted.engine().isEmpty() && !wanted.engine().equalsIgnoreCase(engine);
        boolean charsetChanges = !wanted.charset().isEmpty() && !wanted.charset().equalsIgnoreCase(charset)
                || !wanted.collate().isEmpty() && !wanted.collate().equalsIgnoreCase(collate);
        return java.util.Optional.of(new TableOptions(engineChanges ? wanted.engine() : engine,
                charsetChanges ? (wanted.charset().isEmpty() ? charsetOf(wanted.collate()) : wanted.charset()) : charset,
                charsetChanges ? wanted.collate() : collate, initialAutoIncrement));
    }

    /** The character set a collation belongs to: its first word ({@code utf8mb4_bin}: utf8mb4). */
    public static String charsetOf(String collation) {
        int cut = collation.indexOf('_');
        return cut < 0 ? collation : collation.substring(0, cut);
    }

    /** Whether a table created with {@code live}'s options has what these ask for (an option not given asks for nothing). */
    public boolean satisfiedBy(TableOptions live) {
        return (engine.isEmpty() || engine.equalsIgnoreCase(live.engine()))
                && (charset.isEmpty() || charset.equalsIgnoreCase(live.charset()))
                && (collate.isEmpty() || collate.equalsIgnoreCase(live.collate()));
    }
}
