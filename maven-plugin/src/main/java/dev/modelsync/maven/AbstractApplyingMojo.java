package dev.modelsync.maven;

import dev.modelsync.ModelSync;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that writes a changeset and runs against the database: sync, sql. */
public abstract class AbstractApplyingMojo extends AbstractChangesetMojo {

    /** Database user. Default: {@code sa} for H2, else taken from {@code model.serverId}. */
    @Parameter(property = "model.username")
    String username;

    /**
     * Id of a {@code <server>} in settings.xml whose username and password (encrypted passwords are
     * decrypted) are used when {@code model.username} / {@code model.password} are not given.
     */
    @Parameter(property = "model.serverId")
    String serverId;

    @Override
    protected boolean needsDatabase() {
        return true;
    }

    @Override
    protected void configure(ModelSync.Builder builder) throws MojoFailureException {
        super.configure(builder);
        Credentials.resolve(username, password, serverId, settings, settingsDecrypter).applyTo(builder);
    }
}
