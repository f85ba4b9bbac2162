package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.stream.Collectors;

/**
 * Database user and password: {@code model.username} / {@code model.password} when given, else the
 * {@code <server>} named by {@code model.serverId} in settings.xml (its password decrypted).
 */
record Credentials(String username, String password) {

    static Credentials resolve(String username, String password, String serverId, Settings settings,
                               SettingsDecrypter decrypter) throws MojoFailureException {
        String user = blankToEmpty(username);
        String pass = blankToEmpty(password);
        if (serverId == null || serverId.isBlank()) return new Credentials(user, pass);

        Server server = settings == null ? null : settings.getServer(serverId.trim());
        if (server == null) {
            String known = settings == null ? "" : settings.getServers().stream().map(Server::getId)
                    .sorted().collect(Collectors.joining(", "));
            throw new MojoFailureException("model.serverId is '" + serverId.trim() + "' but settings.xml has no"
                    + " <server> with that id" + (known.isEmpty() ? " (it has no servers)" : " (it has: " + known + ")")
                    + ". Add <server><id>" + serverId.trim() + "</id><username>...</username><password>...</password>"
                    + "</server> to ~/.m2/settings.xml (or the file given with -s), or fix model.serverId.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!result.getProblems().isEmpty()) {
            throw new MojoFailureException("Cannot decrypt the password of <server> '" + server.getId()
                    + "' in settings.xml: " + result.getProblems().stream().map(SettingsProblem::getMessage)
                    .collect(Collectors.joining("; "))
                    + ". Check ~/.m2/settings-security.xml and the encrypted password (mvn --encrypt-password).");
        }
        Server decrypted = result.getServer() != null ? result.getServer() : server;
        return new Credentials(user.isEmpty() ? blankToEmpty(decrypted.getUsername()) : user,
                pass.isEmpty() ? blankToEmpty(decrypted.getPassword()) : pass);
    }

    void applyTo(dev.modelsync.ModelSync.Builder builder) {
        builder.username(username).password(password);
    }

    private static String blankToEmpty(String s) {
        return s == null || s.isBlank() ? "" : s;
    }

    /** The password is never shown. */
    @Override
    public String toString() {
        return "Credentials[username=" + username + "]";
    }
}
