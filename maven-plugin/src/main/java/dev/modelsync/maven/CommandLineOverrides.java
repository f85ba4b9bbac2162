package dev.modelsync.maven;

import dev.modelsync.db.Secrets;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Maven lets a parameter written in the pom's {@code <configuration>} win over the same
 * {@code -Dmodel.x} on the command line, silently. A CI script that passes {@code -Dmodel.url=$DB_URL}
 * would then check another database than it names. When both are given and differ, this says so,
 * and which value is used, before the goal runs.
 */
final class CommandLineOverrides {
    private CommandLineOverrides() {
    }

    /** Logs a warning per parameter whose {@code -Dmodel.x} loses to a different value in the pom. */
    static void warn(MavenSession session, MojoExecution execution, Function<String, String> configured,
                     String url, String password, Log log) {
        Map<String, String> properties = new LinkedHashMap<>(); // parameter name -> its user property
        properties.put("url", "model.url");
        properties.put("password", "model.password");
        if (execution.getMojoDescriptor() != null && execution.getMojoDescriptor().getParameters() != null) {
            for (Parameter p : execution.getMojoDescriptor().getParameters()) {
                String expression = p.getExpression();
                if (expression != null && expression.startsWith("${model.") && expression.endsWith("}")) {
                    properties.put(p.getName(), expression.substring(2, expression.length() - 1));
                }
            }
        }
        PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, execution);
        Function<String, String> evaluate = raw -> {
            try {
                Object value = evaluator.evaluate(raw);
                return value == null ? null : value.toString();
            } catch (ExpressionEvaluationException e) {
                return raw;
            }
        };
        for (String line : conflicts(properties, session.getUserProperties(), configured, evaluate,
                Secrets.of(url, password)::apply)) {
            log.warn(line);
        }
    }

    /**
     * One message per parameter given both as a user property and in the pom's configuration with
     * another value. {@code mask} hides passwords in the values shown; a password's value is never shown.
     */
    static List<String> conflicts(Map<String, String> properties, Properties userProperties,
                                  Function<String, String> configured, Function<String, String> evaluate,
                                  UnaryOperator<String> mask) {
        List<String> out = new ArrayList<>();
        properties.forEach((name, property) -> {
            String given = userProperties.getProperty(property);
            String raw = configured.apply(name);
            if (given == null || raw == null) return;
            String used = evaluate.apply(raw);
            if (used == null || Objects.equals(used.trim(), given.trim())) return;
            boolean secret = name.equals("password");
            out.add("-D" + property + (secret ? "" : "=" + mask.apply(given)) + " is not used: the pom's"
                    + " <configuration> sets <" + name + ">" + (secret ? "" : mask.apply(used) + "</" + name + ">")
                    + ", and Maven lets the pom win. Using the pom's " + (secret ? "password" : "value")
                    + ". To let the command line override it, write <" + name + ">${" + property + "}</" + name
                    + "> in the pom, with the default in <properties>.");
        });
        return out;
    }
}
