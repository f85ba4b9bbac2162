/**
 * The immutable, dialect-neutral schema every stage speaks: tables, columns, types, keys, unique
 * constraints, indexes, enum types and defaults, plus {@code SchemaDump}, its stable text form.
 * Records only, with no behaviour beyond their own invariants.
 * <p>May use: nothing of ours.
 */
package dev.modelsync.schema;
