/**
 * Seeding's model of a run (docs/seeding.md), shared by its three steps {@code seed.read},
 * {@code seed.plan} and {@code seed.write}: the resolved model as seeding sees it ({@code SeedSchema},
 * {@code SeedModel}, {@code SeedTable}, {@code JunctionSpec}), the rows and links of the run ({@code Row}),
 * column values in their canonical form ({@code ColumnValues}), validators, compact positions
 * ({@code Sources}, {@code SeedProblems}) and how rows are named in messages ({@code Labels}).
 * <p>May use: {@code problem}, {@code yaml}, {@code model}, {@code schema}, {@code resolve} and {@code db}.
 */
package dev.modelsync.seed;
