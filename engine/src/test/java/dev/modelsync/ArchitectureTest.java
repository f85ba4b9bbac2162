package dev.modelsync;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of docs/architecture.md, checked on the compiled engine: no package cycles, and
 * each package uses only the packages its package-info.java allows (the "May use:" line), so the
 * documentation and the code cannot drift apart.
 */
class ArchitectureTest {
    private static final String BASE = "dev.modelsync";
    private static final Pattern MAY_USE = Pattern.compile("May use: (.+?)\\.(?=\\s|$)");
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    @Test
    void noPackageCycles() {
        SlicesRuleDefinition.slices().matching("dev.modelsync.(**)").should().beFreeOfCycles().check(engine);
    }

    @Test
    void everyPackageUsesOnlyWhatItsPackageInfoAllows() throws IOException {
        Map<String, Set<String>> allowed = allowedByPackageInfo();
        Map<String, Set<String>> used = new TreeMap<>();
        for (JavaClass c : engine) {
            String from = shortName(c.getPackageName());
            c.getDirectDependenciesFromSelf().forEach(d -> {
                String target = d.getTargetClass().getBaseComponentType().getPackageName();
                if (!target.startsWith(BASE)) return;
                String to = shortName(target);
                if (!to.equals(from)) used.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
            });
        }
        assertThat(allowed.keySet()).as("packages with a package-info.java").containsAll(packagesOf(engine));
        Map<String, Set<String>> violations = new TreeMap<>();
        used.forEach((from, targets) -> {
            Set<String> extra = new TreeSet<>(targets);
            if (!allowed.get(from).contains("everything")) extra.removeAll(allowed.get(from));
            else extra.clear();
            if (!extra.isEmpty()) violations.put(from, extra);
        });
        assertThat(violations).as("package -> packages it uses but its package-info.java does not allow").isEmpty();
    }

    private static Set<String> packagesOf(JavaClasses classes) {
        Set<String> out = new TreeSet<>();
        classes.forEach(c -> out.add(shortName(c.getPackageName())));
        return out;
    }

    private static String shortName(String pkg) {
        return pkg.equals(BASE) ? "(root)" : pkg.substring(BASE.length() + 1);
    }

    /** package -> the packages named on the "May use:" line of its package-info.java ("nothing" = none). */
    private static Map<String, Set<String>> allowedByPackageInfo() throws IOException {
        Path src = Path.of("src/main/java/dev/modelsync");
        Map<String, Set<String>> out = new TreeMap<>();
        try (var files = Files.walk(src)) {
            for (Path info : files.filter(p -> p.getFileName().toString().equals("package-info.java")).toList()) {
                String text = Files.readString(info).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
                Matcher m = MAY_USE.matcher(text);
                assertThat(m.find()).as("%s has a 'May use: ….' sentence", info).isTrue();
                Set<String> names = new TreeSet<>();
                for (String part : m.group(1).split(",| and ")) {
                    String name = part.replaceAll("\\{@code ([^}]*)}", "$1").trim();
                    if (!name.isEmpty() && !name.equals("nothing of ours")) names.add(name);
                }
                String rel = src.relativize(info.getParent()).toString().replace('/', '.');
                out.put(rel.isEmpty() ? "(root)" : rel, names);
            }
        }
        return out;
    }
}
