package dev.modelsync.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The YAML files of a models or seed directory: every {@code *.yaml} and {@code *.yml} file under
 * it, recursively, except those whose name starts with '.' (editor backups, lock files), in the
 * order of their path relative to the directory ('/'-separated, compared as text).
 */
public final class YamlFiles {
    private YamlFiles() {
    }

    /** The YAML files under {@code dir}, in order; fails when the directory cannot be listed. */
    public static List<Path> under(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(YamlFiles::isYaml)
                    .sorted(Comparator.comparing((Path p) -> relative(dir, p))).toList();
        }
    }

    /** {@code file} relative to {@code dir}, '/'-separated on every platform. */
    public static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
