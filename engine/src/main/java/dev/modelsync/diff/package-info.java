/**
 * Two schemas → the changes between them: {@link dev.modelsync.diff.SchemaChange} (a sealed set of
 * small records), {@code Differ} (a pure function), their safe order ({@code SchemaChanges}), renames,
 * and the destructive-change check with the rows at stake ({@code DestructiveCheck}, {@code DataLoss}).
 * {@code DialectForms} reads a live schema in the forms a database holds its own way (MariaDB's PRIMARY).
 * <p>May use: {@code problem}, {@code schema} and {@code db}.
 */
package dev.modelsync.diff;

