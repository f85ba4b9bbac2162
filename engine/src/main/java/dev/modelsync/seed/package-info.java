/**
 * Seed files → rows in the database (docs/seeding.md): reading the seed YAML, planning rows against the
 * resolved schema (identities, links, junction rows, validators, order), and writing them in batches
 * (COPY on PostgreSQL).
 * <p>May use: {@code problem}, {@code yaml}, {@code model}, {@code schema}, {@code resolve} and {@code db}.
 */
package dev.modelsync.seed;
