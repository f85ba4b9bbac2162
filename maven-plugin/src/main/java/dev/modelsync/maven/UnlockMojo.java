package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

import dev.modelsync.ModelSync;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Frees the lock row a killed run left in Liquibase's DATABASECHANGELOGLOCK (which makes Liquibase,
 * run on its own, wait), only when no modelsync run holds the database lock; otherwise fails naming
 * the holder. Run by hand; not bound to a phase.
 */
@Mojo(name = "unlock", requiresProject = true, threadSafe = true)
public class UnlockMojo extends AbstractDatabaseMojo {
    @Override
    protected void run(ModelSync modelSync) {
        modelSync.unlock(); // the engine says what it found and did
    }

    @Override
    protected String goal() {
        return "unlock";
    }
}
