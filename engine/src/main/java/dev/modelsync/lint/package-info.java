/**
 * The online-safety lint for PostgreSQL (docs/migrations.md, "Online changes"): the hazard codes,
 * the rules over the SQL a changeset runs, and the JSON and JUnit reports. Depends on nothing of
 * modelsync but the schema types; the walk over a changelog lives in {@code liquibase}.
 */
package dev.modelsync.lint;
