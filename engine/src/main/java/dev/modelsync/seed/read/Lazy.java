package dev.modelsync.seed.read;

import java.util.function.Supplier;

/** Message text computed only when an error needs it (row labels are costly on the hot path). */
final class Lazy {
    private Supplier<String> supplier;
    private String value;

    private Lazy(Supplier<String> supplier) {
        this.supplier = supplier;
    }

    static Lazy of(Supplier<String> supplier) {
        return new Lazy(supplier);
    }

    /** This text followed by {@code a} and {@code b}, also lazily. */
    Lazy then(String a, String b) {
        return new Lazy(() -> this + a + b);
    }

    @Override
    public String toString() {
        if (value == null) {
            value = supplier.get();
            supplier = null;
        }
        return value;
    }
}
