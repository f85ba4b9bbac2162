package dev.modelsync.faults;

import dev.modelsync.ModelSync;

import java.nio.file.Path;

/** A {@code model:sync} in a JVM of its own, for the tests to kill: {@code <baseDir> <url> <user>}; prints each log line. */
public final class SyncChild {
    private SyncChild() {
    }

    public static void main(String[] args) {
        ModelSync.configure().baseDir(Path.of(args[0])).url(args[1]).username(args[2]).cacheDirectory(null)
                .lockWaitSeconds(0)
                .log(line -> {
                    System.out.println(line);
                    System.out.flush();
                })
                .load().sync();
        System.out.println("DONE");
    }
}
