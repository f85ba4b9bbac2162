/**
 * A live schema → model files (docs/import.md): {@code ModelWriter} writes the short, convention-aware
 * model YAML for a schema read by {@code inspect}.
 * <p>May use: {@code schema}, {@code resolve} and {@code inspect}.
 */
package dev.modelsync.importer;
