package dev.modelsync.lint;

/**
 * The hazards the lint reports, each with a stable code, a short name, a one-line reason and the
 * names squawk and Atlas give the same rule ("—" where they have none). docs/migrations.md keeps
 * the same table. All but {@link #MS113} are of PostgreSQL's statements; MS113 of MariaDB/MySQL's.
 */
public enum HazardCode {
    MS101("create-index-blocking", "CREATE INDEX without CONCURRENTLY blocks every write to the table until the build ends",
            "require-concurrent-index-creation", "PG101"),
    MS102("drop-index-blocking", "DROP INDEX without CONCURRENTLY blocks reads and writes of the table while it waits and drops",
            "require-concurrent-index-deletion", "PG102"),
    MS103("concurrently-in-transaction", "CONCURRENTLY cannot run in a transaction: the changeset needs runInTransaction: false",
            "ban-concurrent-index-creation-in-transaction", "PG103"),
    MS104("foreign-key-validating", "ADD FOREIGN KEY without NOT VALID scans the table while it blocks writes to both tables",
            "adding-foreign-key-constraint", "—"),
    MS105("check-validating", "ADD CHECK without NOT VALID scans the table under an exclusive lock",
            "constraint-missing-not-valid", "PG305"),
    MS106("set-not-null-scan", "SET NOT NULL scans the table under an exclusive lock (no validated CHECK (column IS NOT NULL) before it)",
            "setting-not-nullable-field", "PG303"),
    MS107("unique-constraint-blocking", "ADD UNIQUE builds its index under an exclusive lock (build it CONCURRENTLY, then ADD ... UNIQUE USING INDEX)",
            "disallowed-unique-constraint", "PG105"),
    MS108("primary-key-blocking", "ADD PRIMARY KEY builds its index under an exclusive lock",
            "—", "PG104"),
    MS109("type-rewrite", "the column type change rewrites the table and its indexes under an exclusive lock",
            "changing-column-type", "PG301"),
    MS110("volatile-default", "a new column with a volatile default (or identity) rewrites the table under an exclusive lock",
            "adding-field-with-default", "PG302"),
    MS111("no-lock-timeout", "the changeset locks an existing table without lock_timeout: while it waits, every query on the table queues behind it",
            "require-timeout-settings", "—"),
    MS112("validate-in-same-changeset", "VALIDATE in the changeset that added the constraint NOT VALID: the exclusive lock is held through the scan",
            "constraint-missing-not-valid", "—"),
    MS113("table-copy", "MariaDB/MySQL: a new engine, character set or collation copies the whole table (ALGORITHM=COPY), blocking every write until the copy ends",
            "—", "—");

    private final String rule;
    private final String reason;
    private final String squawk;
    private final String atlas;

    HazardCode(String rule, String reason, String squawk, String atlas) {
        this.rule = rule;
        this.reason = reason;
        this.squawk = squawk;
        this.atlas = atlas;
    }

    /** Whether the hazard is one of MariaDB/MySQL statements (the others are of PostgreSQL's). */
    public boolean mariaDb() {
        return this == MS113;
    }

    public String rule() {
        return rule;
    }

    public String reason() {
        return reason;
    }

    public String squawk() {
        return squawk;
    }

    public String atlas() {
        return atlas;
    }
}
