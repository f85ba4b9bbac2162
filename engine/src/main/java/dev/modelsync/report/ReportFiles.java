package dev.modelsync.report;

import javax.xml.stream.XMLStreamException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report's JSON file and its JUnit XML file side by side into one directory. */
public final class ReportFiles {
    /** Writes one report file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException, XMLStreamException;
    }

    private ReportFiles() {
    }

    /**
     * Creates {@code directory} if needed and writes {@code json} to {@code jsonFile} and {@code junit}
     * to {@code junitFile} in it.
     *
     * @throws UncheckedIOException naming {@code what} and the directory, when either cannot be written
     */
    public static void write(Path directory, String what, String jsonFile, Content json, String junitFile, Content junit) {
        try {
            Files.createDirectories(directory);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(directory.resolve(jsonFile)), 1 << 16)) {
                json.writeTo(out);
            }
            // the JDK's XMLStreamWriter hands an OutputStream one byte at a time
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(directory.resolve(junitFile)), 1 << 16)) {
                junit.writeTo(out);
            }
        } catch (IOException | XMLStreamException e) {
            throw new UncheckedIOException("Cannot write the " + what + " to " + directory + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
