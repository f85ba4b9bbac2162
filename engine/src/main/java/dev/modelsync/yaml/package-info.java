/**
 * YAML input: safe loading with explicit limits ({@code YamlReader}), the input text checks
 * ({@code InputText}), the node type with a position on every node ({@code YNode}) that the model and
 * seed readers walk, and nodes as plain Java values by YAML 1.1's types ({@code PlainValues}).
 * <p>May use: {@code problem}.
 */
package dev.modelsync.yaml;
