package dev.modelsync.bench;

import dev.modelsync.ModelSync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** A throw-away project directory with the default layout (src/main/models, the changelog, src/test/seeds). */
public record Project(Path dir) {
    public static Project create(Path dir) {
        deleteTree(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Project(dir.toAbsolutePath());
    }

    public Path models() {
        return dir.resolve("src/main/models");
    }

    public Path changelog() {
        return dir.resolve("src/main/resources/db/changelog");
    }

    public Path seeds() {
        return dir.resolve("src/test/seeds");
    }

    /** The facade for this project; {@code url} may be null (generate needs no database). */
    public ModelSync modelSync(String url, String user) {
        ModelSync.Builder b = ModelSync.configure().baseDir(dir);
        if (url != null) b.url(url).username(user);
        return b.load();
    }

    public ModelSync modelSync() {
        return modelSync(null, null);
    }

    /** Without the replay cache: every generate parses the whole changelog (as after a fresh checkout). */
    public ModelSync modelSyncWithoutCache() {
        return ModelSync.configure().baseDir(dir).cacheDirectory(null).load();
    }

    public void deleteChangelog() {
        deleteTree(changelog());
    }

    /** Replaces the changelog with a copy of {@code from} (a saved changelog directory). */
    public void restoreChangelog(Path from) {
        deleteChangelog();
        copyTree(from, changelog());
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
