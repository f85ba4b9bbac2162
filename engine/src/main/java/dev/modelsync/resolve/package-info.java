/**
 * Definitions → schema, as real Sequelize resolves them per convention and database (docs/resolution.md):
 * table and key naming ({@code Naming}, {@code Inflection}, {@code ConstraintNames}), associations and
 * junction tables, types per dialect, semantic checks. {@code SchemaResolver} is the entry point; its
 * {@link dev.modelsync.resolve.Resolved} keeps, beside the schema, where each table and column came
 * from in the model files.
 * <p>May use: {@code problem}, {@code model}, {@code schema} and {@code db}.
 */
package dev.modelsync.resolve;
