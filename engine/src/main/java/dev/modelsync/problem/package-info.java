/**
 * What goes wrong, said once: {@link dev.modelsync.problem.ModelSyncException} (every engine failure),
 * positions in input files ({@link dev.modelsync.problem.Pos}), problems collected with their position
 * and reported together, and the "did you mean" suggestions. The bottom of the engine.
 * <p>May use: nothing of ours.
 */
package dev.modelsync.problem;
