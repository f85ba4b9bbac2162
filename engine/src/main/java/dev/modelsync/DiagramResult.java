package dev.modelsync;

import java.nio.file.Path;

/** The Mermaid erDiagram text and the file it was written to. */
public record DiagramResult(String mermaid, Path file) {
}
