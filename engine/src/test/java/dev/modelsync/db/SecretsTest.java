package dev.modelsync.db;

import dev.modelsync.problem.ModelSyncException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {
    @Test
    void masksPasswordParametersOfEveryDialect() {
        assertThat(Secrets.mask("jdbc:postgresql://db:5432/app?user=app&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/app?user=app&password=****&ssl=true");
        assertThat(Secrets.mask("jdbc:h2:file:./db;USER=sa;PASSWORD=s3cret;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:./db;USER=sa;PASSWORD=****;MODE=PostgreSQL");
        assertThat(Secrets.mask("jdbc:mariadb://db/app?user=root&Password=s3cret"))
                .isEqualTo("jdbc:mariadb://db/app?user=root&Password=****");
        assertThat(Secrets.mask("jdbc:postgresql://db/app?sslpassword=k3y&password=s3cret"))
                .isEqualTo("jdbc:postgresql://db/app?sslpassword=****&password=****");
        assertThat(Secrets.mask("jdbc:mysql://app:s3cret@db:3306/app")).isEqualTo("jdbc:mysql://app:****@db:3306/app");
        assertThat(Secrets.mask("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void masksTheKnownPasswordsInAnyText() {
        Secrets s = Secrets.of("jdbc:postgresql://db/app?password=fromUrl", "configured");
        assertThat(s.apply("FATAL: password authentication failed (configured) for fromUrl"))
                .isEqualTo("FATAL: password authentication failed (****) for ****");
        assertThat(s.apply("nothing here")).isEqualTo("nothing here");
        assertThat(Secrets.of("jdbc:h2:mem:x", "").apply("a text")).isEqualTo("a text");
    }

    @Test
    void scrubsMessagesAlongTheCauseChainKeepingTheEngineType() {
        Secrets s = Secrets.of("jdbc:postgresql://db/app?password=s3cret", "");
        RuntimeException e = new ModelSyncException("Cannot connect: see cause",
                new IllegalStateException("wrapped", new SQLException("bad url jdbc:postgresql://db/app?password=s3cret")));
        RuntimeException scrubbed = s.scrub(e);
        assertThat(scrubbed).isInstanceOf(ModelSyncException.class).hasMessage("Cannot connect: see cause");
        assertThat(scrubbed.getCause()).isInstanceOf(Secrets.Masked.class)
                .hasToString("java.lang.IllegalStateException: wrapped");
        assertThat(scrubbed.getCause().getCause()).hasToString("java.sql.SQLException: bad url jdbc:postgresql://db/app?password=****");
        assertThat(scrubbed.getStackTrace()).isEqualTo(e.getStackTrace());
        RuntimeException clean = new ModelSyncException("no secret");
        assertThat(s.scrub(clean)).isSameAs(clean);
    }
}
