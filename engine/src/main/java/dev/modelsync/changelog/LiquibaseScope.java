package dev.modelsync.changelog;

import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs Liquibase code quietly and offline: analytics off, no banner, no console output (its log
 * goes nowhere, its UI messages to the silenced log), files read from the changelog directory.
 */
public final class LiquibaseScope {
    static {
        // analytics would otherwise reach the network; set once for this JVM unless the user decided otherwise
        if (System.getProperty("liquibase.analytics.enabled") == null) {
            System.setProperty("liquibase.analytics.enabled", "false");
        }
    }

    private LiquibaseScope() {
    }

    public interface Body<T> {
        T run(ResourceAccessor accessor) throws Exception;
    }

    public static <T> T run(Path changelogDirectory, Body<T> body) throws Exception {
        ResourceAccessor accessor;
        try {
            accessor = new DirectoryResourceAccessor(changelogDirectory);
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("changelog directory " + changelogDirectory + " does not exist", e);
        }
        Map<String, Object> attrs = new HashMap<>();
        attrs.put(Scope.Attr.resourceAccessor.name(), accessor);
        attrs.put(Scope.Attr.logService.name(), new NoOpLogService());
        attrs.put(Scope.Attr.ui.name(), new LoggerUIService());
        attrs.put(AnalyticsArgs.ENABLED.getKey(), false);
        attrs.put("liquibase.showBanner", false);
        return Scope.child(attrs, () -> body.run(accessor));
    }
}
