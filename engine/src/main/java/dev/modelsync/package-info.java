/**
 * The engine's front door and its use cases: {@link dev.modelsync.ModelSync} (the facade the Maven
 * plugin and tests call), the result records, and one class per use case that composes the pipeline
 * below it: generate, sync, sql and discard ({@code Migrations}), verify ({@code Verifier}), baseline
 * ({@code Baseliner}), seed ({@code Seeder}), import ({@code ModelImporter}), unlock ({@code Unlocker}),
 * lint and diagram. Nothing below this package knows about it.
 * <p>May use: everything.
 */
package dev.modelsync;
