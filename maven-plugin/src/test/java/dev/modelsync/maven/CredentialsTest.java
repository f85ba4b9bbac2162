package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialsTest {

    private record Result(List<Server> getServers, List<SettingsProblem> getProblems)
            implements SettingsDecryptionResult {
        public Server getServer() {
            return getServers.isEmpty() ? null : getServers.get(0);
        }

        public Proxy getProxy() {
            return null;
        }

        public List<Proxy> getProxies() {
            return List.of();
        }
    }

    /** Decrypts "{enc}" by dropping the marker, like a real decrypter turns ciphertext into the clear password. */
    private static final SettingsDecrypter DECRYPTER = request -> {
        Server s = request.getServers().get(0).clone();
        if (s.getPassword() != null && s.getPassword().startsWith("{enc}")) s.setPassword(s.getPassword().substring(5));
        return new Result(List.of(s), List.of());
    };

    private static Settings settingsWith(String id, String user, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(user);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    @Test
    void explicitCredentialsWithoutServerId() throws MojoFailureException {
        Credentials c = Credentials.resolve("app", "secret", null, new Settings(), DECRYPTER);
        assertThat(c).isEqualTo(new Credentials("app", "secret"));
    }

    @Test
    void nothingGivenGivesEmptyCredentials() throws MojoFailureException {
        assertThat(Credentials.resolve(null, " ", "", new Settings(), DECRYPTER)).isEqualTo(new Credentials("", ""));
    }

    @Test
    void serverSuppliesDecryptedUserAndPassword() throws MojoFailureException {
        Settings settings = settingsWith("pg", "owner", "{enc}s3cret");
        assertThat(Credentials.resolve(null, null, "pg", settings, DECRYPTER))
                .isEqualTo(new Credentials("owner", "s3cret"));
    }

    @Test
    void explicitValuesWinOverTheServer() throws MojoFailureException {
        Settings settings = settingsWith("pg", "owner", "{enc}s3cret");
        assertThat(Credentials.resolve("other", null, "pg", settings, DECRYPTER))
                .isEqualTo(new Credentials("other", "s3cret"));
    }

    @Test
    void unknownServerIdIsAClearError() {
        Settings settings = settingsWith("pg", "owner", "x");
        assertThatThrownBy(() -> Credentials.resolve(null, null, "prod-db", settings, DECRYPTER))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("model.serverId is 'prod-db'")
                .hasMessageContaining("no <server> with that id")
                .hasMessageContaining("(it has: pg)");
    }

    @Test
    void decryptionProblemIsReportedWithoutThePassword() {
        Settings settings = settingsWith("pg", "owner", "{broken}");
        SettingsDecrypter failing = request -> new Result(List.of(), List.of(
                new DefaultSettingsProblem("master password missing", SettingsProblem.Severity.ERROR, "server: pg",
                        -1, -1, null)));
        assertThatThrownBy(() -> Credentials.resolve(null, null, "pg", settings, failing))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Cannot decrypt the password of <server> 'pg'")
                .hasMessageContaining("master password missing")
                .hasMessageNotContaining("{broken}");
    }

    @Test
    void toStringHidesThePassword() {
        assertThat(new Credentials("u", "topsecret").toString()).doesNotContain("topsecret");
    }
}
