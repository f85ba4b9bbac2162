/**
 * Seed files → the rows and links of a run: the files scanned ahead on background threads
 * ({@code ReadAhead}, with {@code PlainYaml}'s fast path for plain files), streamed as SnakeYAML events
 * one row at a time ({@code SeedReader}), and each row checked, converted and merged into one canonical
 * row per identity ({@code SeedParser}). Nothing here touches the database.
 * <p>May use: {@code problem}, {@code yaml}, {@code model}, {@code schema} and {@code seed}.
 */
package dev.modelsync.seed.read;
