package dev.modelsync;

import java.nio.file.Path;
import java.util.List;

/** What {@code import} wrote: the model files, and what they do not say as the database has it. */
public record ImportResult(List<Path> writtenFiles, List<String> notes) {
    public ImportResult {
        writtenFiles = List.copyOf(writtenFiles);
        notes = List.copyOf(notes);
    }
}
