package dev.modelsync.apply.lock;

import dev.modelsync.problem.ModelSyncException;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Tries a lock until it is free or the configured wait is over, saying who holds it meanwhile. */
final class LockWait {
    static final long POLL_MILLIS = 200;
    private static final long REPEAT_NANOS = TimeUnit.SECONDS.toNanos(30);

    interface Attempt {
        boolean tryAcquire() throws Exception;
    }

    interface Holder {
        Optional<String> holder() throws Exception;
    }

    private LockWait() {
    }

    /**
     * Returns once {@code attempt} succeeds; throws a {@link ModelSyncException} naming the holder
     * after {@code waitSeconds} (0: one try).
     */
    static void await(Attempt attempt, Holder holder, String what, String target, int waitSeconds, Consumer<String> log) {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(Math.max(0, waitSeconds));
        long nextMessage = start;
        try {
            while (!attempt.tryAcquire()) {
                long now = System.nanoTime();
                String by = holder.holder().orElse("another run (it did not say who it is)");
                if (now - deadline >= 0) {
                    throw new ModelSyncException("Gave up after " + waitSeconds + " s waiting for the " + what + " on "
                            + target + ", held by " + by + ".\nAnother modelsync run is changing it: let it finish and"
                            + " run again, stop it if it hangs (a stopped or killed run holds nothing), or wait longer"
                            + " " + dev.modelsync.problem.Words.option("lockWaitSeconds") + ".");
                }
                if (now - nextMessage >= 0) {
                    log.accept("Waiting for the " + what + " on " + target + ", held by " + by + " (giving up after "
                            + waitSeconds + " s " + dev.modelsync.problem.Words.option("lockWaitSeconds") + ")");
                    nextMessage = now + REPEAT_NANOS;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (ModelSyncException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelSyncException("Interrupted while waiting for the " + what + " on " + target, e);
        } catch (Exception e) {
            throw new ModelSyncException("Cannot take the " + what + " on " + target + ": " + e.getMessage(), e);
        }
    }
}
