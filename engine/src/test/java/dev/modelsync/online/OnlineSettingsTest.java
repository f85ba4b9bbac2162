package dev.modelsync.online;

import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.config.Online;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** model.online's default per database, and how model.lockTimeout is read. */
class OnlineSettingsTest {
    @Test
    void onByDefaultForPostgresOffForH2AndAsGivenOtherwise() {
        assertThat(ModelSync.configure().url("jdbc:postgresql://h/db").load().config().online().enabled()).isTrue();
        assertThat(ModelSync.configure().load().config().online().enabled()).isFalse();
        assertThat(ModelSync.configure().url("jdbc:postgresql://h/db").online(false).load().config().online().enabled()).isFalse();
        assertThat(ModelSync.configure().online(true).load().config().online().enabled()).isTrue();
        assertThat(ModelSync.configure().load().config().online().lockTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void lockTimeoutIsReadAsAPersonWritesIt() {
        assertThat(Online.parseDuration("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(Online.parseDuration(" 750ms ")).isEqualTo(Duration.ofMillis(750));
        assertThat(Online.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Online.parseDuration("3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(Online.parseDuration("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
        assertThat(new Online(true, Duration.ofMillis(1500)).lockTimeoutSql()).isEqualTo("1500ms");
        assertThatThrownBy(() -> Online.parseDuration("soon")).isInstanceOf(ModelSyncException.class).hasMessageContaining("5s");
        assertThatThrownBy(() -> new Online(true, Duration.ZERO)).isInstanceOf(ModelSyncException.class);
    }
}
