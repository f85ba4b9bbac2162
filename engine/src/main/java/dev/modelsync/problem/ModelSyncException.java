package dev.modelsync.problem;

/** A failure a person can act on; the message says what went wrong and what to do. */
public class ModelSyncException extends RuntimeException {
    public ModelSyncException(String message) {
        super(message);
    }

    public ModelSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
