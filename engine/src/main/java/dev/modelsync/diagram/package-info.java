/**
 * The resolved model as a Mermaid erDiagram.
 * <p>May use: {@code schema}, {@code model} and {@code resolve}.
 */
package dev.modelsync.diagram;
