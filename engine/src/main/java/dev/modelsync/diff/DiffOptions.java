package dev.modelsync.diff;

/**
 * How {@link Differ} treats a drop paired with an add that looks like an unannounced rename.
 * {@code allowDestructive == false} (the default): refuse with a {@link dev.modelsync.problem.ModelSyncException}
 * naming both and the fix. {@code true}: emit the drop and the add as they are (the destructive
 * check then lists the drop, which the caller has allowed).
 */
public record DiffOptions(boolean allowDestructive) {
    public static final DiffOptions DEFAULT = new DiffOptions(false);
    public static final DiffOptions ALLOW_DESTRUCTIVE = new DiffOptions(true);
}
