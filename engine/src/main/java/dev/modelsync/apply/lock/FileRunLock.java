package dev.modelsync.apply.lock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * A lock on a file, for runs in this JVM (one permit per file) and in other processes (an
 * operating-system lock through {@link FileChannel#tryLock}, which the system drops when the
 * process dies). The holder writes who it is into the file; the lock covers a byte far past that
 * text, so others can read it on every system while it is held.
 */
final class FileRunLock implements AutoCloseable {
    private static final Map<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();
    private static final Map<Path, FileRunLock> HOLDERS_IN_THIS_JVM = new ConcurrentHashMap<>();
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final Path file;
    private final String self;
    private final Semaphore permit;
    private final boolean acrossProcesses;
    private FileChannel channel;
    private FileLock lock;

    /** {@code acrossProcesses} false: a lock of this JVM only, named by {@code file}, which is not created. */
    FileRunLock(Path file, String self, boolean acrossProcesses) {
        this.file = file.toAbsolutePath().normalize();
        this.self = self;
        this.acrossProcesses = acrossProcesses;
        this.permit = IN_THIS_JVM.computeIfAbsent(this.file, f -> new Semaphore(1));
    }

    Path file() {
        return file;
    }

    /** Tries once; true when held. */
    boolean tryAcquire() throws IOException {
        if (lock != null || (!acrossProcesses && HOLDERS_IN_THIS_JVM.get(file) == this)) return true;
        if (!permit.tryAcquire()) return false;
        if (!acrossProcesses) {
            HOLDERS_IN_THIS_JVM.put(file, this);
            return true;
        }
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock == null) {
                closeChannel();
                permit.release();
                return false;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((self + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return true;
        } catch (IOException | RuntimeException e) {
            closeChannel();
            permit.release();
            throw e;
        }
    }

    /** The holder's own description, as it wrote it into the file. */
    Optional<String> holder() {
        if (!acrossProcesses) return Optional.ofNullable(HOLDERS_IN_THIS_JVM.get(file)).map(h -> h.self);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        if (!acrossProcesses) {
            if (HOLDERS_IN_THIS_JVM.remove(file, this)) permit.release();
            return;
        }
        if (lock == null) return;
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            lock = null;
            closeChannel();
            permit.release();
        }
    }

    private void closeChannel() {
        try {
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // closing also drops the lock; nothing else to do
        }
        channel = null;
    }
}
