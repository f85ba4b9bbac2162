package dev.modelsync.maven;

import dev.modelsync.ModelSync;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that connects to the database ({@code model.url}, default the embedded H2 database under
 * {@code target/modelsync}): adds the credentials. The URL and password are read without being
 * declared (see {@link AbstractModelMojo}), so {@code -X} never prints them.
 */
public abstract class AbstractDatabaseMojo extends AbstractModelMojo {

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
        Credentials.resolve(username, password, serverId, settings, settingsDecrypter).applyTo(builder);
    }
}
