/**
 * Two schemas → the changes between them: {@link dev.modelsync.diff.SchemaChange} (a sealed set of
 * small records), {@code Differ} (a pure function), their safe order ({@code SchemaChanges}), renames,
 * and the destructive-change check with the rows at stake ({@code DestructiveCheck}, {@code DataLoss}).
 * <p>May use: {@code problem} and {@code schema}.
 */
package dev.modelsync.diff;

