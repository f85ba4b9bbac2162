package dev.modelsync.maven;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the engine's option hints into Maven's words. The engine names the option that changes an
 * outcome as {@code (option allowDestructive=true)} (its builder's setting); a Maven user sets it
 * as {@code -Dmodel.allowDestructive=true} or in the plugin's configuration.
 */
final class MavenHints {
    private static final Pattern OPTION = Pattern.compile("\\(option (\\w+)(?:=([^)]*))?\\)");
    private static final Pattern OPTIONS = Pattern.compile("\\(options ([\\w, ]+)\\)");

    private MavenHints() {
    }

    static String of(String engineText) {
        if (engineText == null || !engineText.contains("(option")) return engineText;
        Matcher m = OPTION.matcher(engineText);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String property = "-Dmodel." + m.group(1) + (m.group(2) == null ? "" : "=" + m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement("(" + property + ")"));
        }
        m.appendTail(out);
        Matcher several = OPTIONS.matcher(out.toString());
        StringBuilder all = new StringBuilder();
        while (several.find()) {
            java.util.List<String> names = java.util.Arrays.stream(several.group(1).split(",\\s*")).toList();
            String properties = String.join(", ", names.stream().map(n -> "-Dmodel." + n).toList());
            if (names.contains("password")) properties += "; or -Dmodel.serverId naming a <server> of settings.xml";
            several.appendReplacement(all, Matcher.quoteReplacement("(" + properties + ")"));
        }
        several.appendTail(all);
        return all.toString();
    }
}
