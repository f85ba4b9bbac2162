/**
 * YAML input: safe loading with explicit limits ({@code YamlReader}), the input text checks
 * ({@code InputText}), and the node tree with a position on every node ({@code YNode}) that the model
 * reader walks.
 * <p>May use: {@code problem}.
 */
package dev.modelsync.yaml;
