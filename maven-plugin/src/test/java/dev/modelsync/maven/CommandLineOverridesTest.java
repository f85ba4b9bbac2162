package dev.modelsync.maven;

import dev.modelsync.db.Secrets;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** A -Dmodel.x that loses to another value in the pom's configuration is named, with the value used. */
class CommandLineOverridesTest {
    private final Map<String, String> properties = new LinkedHashMap<>(Map.of("url", "model.url", "password", "model.password",
            "allowDestructive", "model.allowDestructive"));
    private final Properties user = new Properties();
    private final Map<String, String> pom = new LinkedHashMap<>();
    private final Map<String, String> pomProperties = new LinkedHashMap<>();

    /** Evaluates ${x} against the user properties, then the pom's properties, as Maven does. */
    private final Function<String, String> evaluate = raw -> {
        if (raw.startsWith("${") && raw.endsWith("}")) {
            String key = raw.substring(2, raw.length() - 1);
            return user.getProperty(key, pomProperties.get(key));
        }
        return raw;
    };

    private java.util.List<String> conflicts() {
        return CommandLineOverrides.conflicts(properties, user, pom::get, evaluate, Secrets.of(null, "pom-secret")::apply);
    }

    @Test
    void aUrlOnTheCommandLineThatLosesToThePomIsNamedWithTheValueUsed() {
        user.setProperty("model.url", "jdbc:postgresql://ci-db:5432/app");
        pom.put("url", "jdbc:h2:file:./target/db");
        assertThat(conflicts()).singleElement().asString()
                .startsWith("-Dmodel.url=jdbc:postgresql://ci-db:5432/app is not used: the pom's <configuration> sets"
                        + " <url>jdbc:h2:file:./target/db</url>, and Maven lets the pom win. Using the pom's value.")
                .contains("write <url>${model.url}</url> in the pom");
    }

    @Test
    void aPomThatReadsThePropertyOrTheSameValueIsNoConflict() {
        user.setProperty("model.url", "jdbc:postgresql://ci-db:5432/app");
        pom.put("url", "${model.url}");
        pomProperties.put("model.url", "jdbc:h2:file:./target/db");
        assertThat(conflicts()).isEmpty();
        pom.put("url", "jdbc:postgresql://ci-db:5432/app");
        assertThat(conflicts()).isEmpty();
        pom.clear();
        assertThat(conflicts()).isEmpty(); // only on the command line
    }

    @Test
    void passwordsAreNeverShown() {
        user.setProperty("model.password", "cli-secret");
        user.setProperty("model.url", "jdbc:h2:file:./a;PASSWORD=url-secret");
        pom.put("password", "pom-secret");
        pom.put("url", "jdbc:h2:file:./b");
        assertThat(conflicts()).hasSize(2).noneMatch(l -> l.contains("secret"))
                .anyMatch(l -> l.startsWith("-Dmodel.password is not used: the pom's <configuration> sets <password>,"
                        + " and Maven lets the pom win. Using the pom's password."));
    }

    @Test
    void otherParametersToo() {
        user.setProperty("model.allowDestructive", "true");
        pom.put("allowDestructive", "false");
        assertThat(conflicts()).singleElement().asString().startsWith("-Dmodel.allowDestructive=true is not used");
    }
}
