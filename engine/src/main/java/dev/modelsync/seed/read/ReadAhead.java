package dev.modelsync.seed.read;

import dev.modelsync.yaml.InputText;
import org.yaml.snakeyaml.events.Event;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Scans the seed files with SnakeYAML on background threads, a few files ahead of the
 * consumer, and hands each file's events over in order through a bounded queue. Only the
 * scanning moves off the calling thread: every check, every problem and every row is still
 * handled on the caller's thread in file order, so the results and the error positions are
 * exactly those of a sequential read. A scanner failure (invalid YAML, an I/O error) travels
 * through the queue after the events before it and is thrown where the consumer reaches it.
 * Nothing here touches the database.
 */
public final class ReadAhead implements AutoCloseable {
    /** Events per hand-over; the queue of one file holds at most {@link #QUEUED} of them. */
    private static final int BATCH = 512;
    private static final int QUEUED = 96;
    private static final Object END = new Object();
    private static final Event[] NO_EVENTS = new Event[0];

    private final List<Path> files;
    private final int ahead;
    private final ExecutorService pool;
    private final List<Stream> streams = new ArrayList<>();

    public ReadAhead(List<Path> files) {
        this.files = List.copyOf(files);
        this.ahead = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        this.pool = Executors.newFixedThreadPool(ahead, r -> {
            Thread t = new Thread(r, "modelsync-seed-scan");
            t.setDaemon(true);
            return t;
        });
    }

    /** The events of file {@code i}; files must be opened in order 0, 1, 2, ... */
    public Stream open(int i) {
        while (streams.size() < Math.min(files.size(), i + ahead)) {
            Stream s = new Stream();
            Path f = files.get(streams.size());
            streams.add(s);
            pool.execute(() -> s.produce(f));
        }
        return streams.get(i);
    }

    @Override
    public void close() {
        for (Stream s : streams) s.cancel();
        pool.shutdownNow();
    }

    /** The events of one file, in order; {@link #next()} throws the scanner's failure where it happened. */
    public static final class Stream implements Iterator<Event>, AutoCloseable {
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
        private volatile boolean cancelled;
        private Event[] batch = NO_EVENTS;
        private int index;
        private boolean ended;

        private void produce(Path file) {
            Batcher out = new Batcher();
            try {
                byte[] text = small(file) ? readQuietly(file) : null;
                refuseFlawed(file, text);
                int delivered = text == null ? 0 : PlainYaml.scan(text, out);
                if (delivered >= 0) {
                    // SnakeYAML reads it all (the same bytes the scanner read, if it did); its first
                    // events, if any, were delivered already
                    try (Reader in = text != null
                            ? new java.io.InputStreamReader(new java.io.ByteArrayInputStream(text), StandardCharsets.UTF_8)
                            : new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder())) {
                        Iterator<Event> events = SeedReader.yaml().parse(in).iterator();
                        for (int i = 0; i < delivered; i++) events.next();
                        out.drain(events);
                    }
                }
                out.flush();
                put(END);
            } catch (IOException e) {
                offerQuietly(new Failure(new UncheckedIOException(e)));
            } catch (Cancelled e) {
                // the consumer stopped reading this file
            } catch (RuntimeException | Error e) {
                offerQuietly(new Failure(e));
            }
        }

        /** Collects events into batches for the queue; a failure goes behind the events before it. */
        private final class Batcher implements Consumer<Event> {
            private Event[] out = new Event[BATCH];
            private int n;

            @Override
            public void accept(Event e) {
                out[n++] = e;
                if (n == BATCH) {
                    put(out);
                    out = new Event[BATCH];
                    n = 0;
                }
            }

            void drain(Iterator<Event> events) {
                try {
                    while (events.hasNext()) accept(events.next());
                } catch (RuntimeException | Error e) {
                    flush();
                    throw e;
                }
            }

            void flush() {
                put(Arrays.copyOf(out, n));
                n = 0;
            }
        }

        private void put(Object item) {
            try {
                while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    if (cancelled) throw new Cancelled();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
            if (cancelled) throw new Cancelled();
        }

        private void offerQuietly(Failure f) {
            try {
                put(f);
            } catch (Cancelled ignored) {
                // nobody is reading any more
            }
        }

        @Override
        public boolean hasNext() {
            fill();
            return index < batch.length;
        }

        @Override
        public Event next() {
            if (!hasNext()) throw new NoSuchElementException("no more YAML events");
            return batch[index++];
        }

        private void fill() {
            while (index >= batch.length && !ended) {
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading the seed files", e);
                }
                if (item == END) {
                    end();
                } else if (item instanceof Failure f) {
                    end();
                    if (f.error instanceof Error err) throw err;
                    throw (RuntimeException) f.error;
                } else {
                    batch = (Event[]) item;
                    index = 0;
                }
            }
        }

        /**
         * No more events: the last batch is let go, since its events' marks point into the file's whole
         * text ({@link PlainYaml}), which a finished file must not keep alive.
         */
        private void end() {
            ended = true;
            batch = NO_EVENTS;
            index = 0;
        }

        /** Stops the scanner of this file (when the consumer stops early) and drops what is queued. */
        void cancel() {
            cancelled = true;
            queue.clear();
            end();
        }

        @Override
        public void close() {
            cancel();
        }
    }

    /**
     * Refuses a file larger than {@link SeedReader#MAX_FILE_BYTES}, not UTF-8, or with a line longer
     * than {@link SeedReader#MAX_LINE_BYTES}, before SnakeYAML reads it; {@code text}: its bytes when read.
     */
    private static void refuseFlawed(Path file, byte[] text) throws IOException {
        long size = text != null ? text.length : Files.size(file);
        if (size > SeedReader.MAX_FILE_BYTES) {
            throw new SeedReader.Refused(1, 1, "the file is too large: " + size + " bytes, more than the "
                    + SeedReader.MAX_FILE_BYTES + " a seed file may hold; split it into several files");
        }
        java.util.Optional<InputText.Flaw> flaw;
        if (text != null) {
            flaw = InputText.check(text, SeedReader.MAX_LINE_BYTES);
        } else {
            try (java.io.InputStream in = Files.newInputStream(file)) {
                flaw = InputText.check(in, SeedReader.MAX_LINE_BYTES);
            }
        }
        if (flaw.isPresent()) throw new SeedReader.Refused(flaw.get().line(), flaw.get().column(), flaw.get().message());
    }

    /** Files up to this size are read whole, for {@link PlainYaml}; larger ones are streamed through SnakeYAML. */
    private static final long WHOLE_FILE = 8L << 20;

    private static boolean small(Path file) {
        try {
            return Files.size(file) <= WHOLE_FILE;
        } catch (IOException e) {
            return false; // the streaming read reports it
        }
    }

    /** The file's bytes, or null when it cannot be read (the streaming read then reports why). */
    private static byte[] readQuietly(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private record Failure(Throwable error) {
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
