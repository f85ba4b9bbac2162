/**
 * The online-safety lint for PostgreSQL (docs/migrations.md, "Online changes"): the hazard codes,
 * the rules over the SQL a changeset runs ({@code SqlLint}), the walk over a changelog
 * ({@code ChangelogLint}), and the JSON and JUnit reports.
 * <p>May use: {@code problem}, {@code schema}, {@code config}, {@code diff}, {@code changelog} and {@code report}.
 */
package dev.modelsync.lint;
