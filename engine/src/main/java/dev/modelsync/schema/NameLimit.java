package dev.modelsync.schema;

import dev.modelsync.resolve.ConstraintNames;

import java.nio.charset.StandardCharsets;

/**
 * The longest table, column or type name a database keeps: PostgreSQL 63 bytes of UTF-8 (it cuts
 * longer names silently), H2 256 characters. {@link #NONE} checks nothing. Constraint, index and
 * enum type names never need it: {@link ConstraintNames} cuts them to 63 bytes with a stable hash.
 */
public record NameLimit(String database, int max, boolean bytes) {
    public static final NameLimit NONE = new NameLimit("", Integer.MAX_VALUE, false);

    /** The length of {@code name} in this limit's unit. */
    public int length(String name) {
        return bytes ? name.getBytes(StandardCharsets.UTF_8).length : name.codePointCount(0, name.length());
    }

    public boolean fits(String name) {
        return length(name) <= max;
    }

    /** "is 70 bytes long; PostgreSQL keeps at most 63 bytes of a name" */
    public String describe(String name) {
        String unit = bytes ? "bytes" : "characters";
        return "is " + length(name) + " " + unit + " long; " + database + " keeps at most " + max + " " + unit
                + " of a name";
    }
}
