package dev.modelsync.apply.lock;

import dev.modelsync.config.Config;
import dev.modelsync.problem.ModelSyncException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The lock a generation holds on a changelog directory while it reads the changelog and writes a
 * file, so that runs started together in one checkout make one file for one model change: the
 * later ones read the changelog again once they have the lock, and find nothing to write.
 *
 * <p>The lock file lives in the system's temporary directory, named after the changelog
 * directory's real path ({@code modelsync-changelog-<hash>.lock}), so nothing is added to the
 * project (a file in the changelog directory would be copied into the build's resources). It is
 * an operating-system lock ({@link FileRunLock}): a killed run holds nothing. Nested on one thread,
 * it is taken once.
 */
public final class ChangelogLock implements AutoCloseable {
    private static final ThreadLocal<Map<Path, ChangelogLock>> HELD = ThreadLocal.withInitial(HashMap::new);

    private final FileRunLock lock;
    private final Path dir;
    private int depth = 1;

    private ChangelogLock(FileRunLock lock, Path dir) {
        this.lock = lock;
        this.dir = dir;
    }

    /** Takes the lock of {@code config.changelogDirectory()}, waiting up to {@code lockWaitSeconds}. */
    public static ChangelogLock acquire(Config config, String goal) {
        Path dir = realPath(config.changelogDirectory());
        ChangelogLock held = HELD.get().get(dir);
        if (held != null) {
            held.depth++;
            return held;
        }
        FileRunLock lock = new FileRunLock(lockFile(dir), RunLocks.self(goal) + ", writing " + dir, true);
        LockWait.await(lock::tryAcquire, () -> lock.holder(), "changelog lock", dir + " (lock file " + lock.file() + ")",
                config.lockWaitSeconds(), config.log());
        ChangelogLock c = new ChangelogLock(lock, dir);
        HELD.get().put(dir, c);
        return c;
    }

    static Path lockFile(Path realDir) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(realDir.toString().getBytes(StandardCharsets.UTF_8));
            return Path.of(System.getProperty("java.io.tmpdir"), "modelsync-changelog-" + HexFormat.of().formatHex(d, 0, 8) + ".lock");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path realPath(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            return Files.exists(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    @Override
    public void close() {
        if (--depth > 0) return;
        HELD.get().remove(dir);
        try {
            lock.close();
        } catch (IOException e) {
            throw new ModelSyncException("Cannot release the changelog lock " + lock.file() + ": " + e.getMessage(), e);
        }
    }
}
