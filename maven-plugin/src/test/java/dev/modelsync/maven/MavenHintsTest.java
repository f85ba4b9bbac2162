package dev.modelsync.maven;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's option hints become -D properties in Maven's output. */
class MavenHintsTest {
    @Test
    void anOptionWithAValueBecomesTheProperty() {
        assertThat(MavenHints.of("Refusing 1 destructive change. To apply them anyway, allow destructive changes"
                + " (option allowDestructive=true)."))
                .isEqualTo("Refusing 1 destructive change. To apply them anyway, allow destructive changes"
                        + " (-Dmodel.allowDestructive=true).")
                .doesNotContain("option");
    }

    @Test
    void anOptionWithoutAValueAndTextWithoutHintsAreKept() {
        assertThat(MavenHints.of("or wait longer (option lockWaitSeconds).")).isEqualTo("or wait longer (-Dmodel.lockWaitSeconds).");
        assertThat(MavenHints.of("Applied 2 changesets.")).isEqualTo("Applied 2 changesets.");
        assertThat(MavenHints.of(null)).isNull();
    }

    @Test
    void credentialOptionsAlsoNameTheServerOfSettingsXml() {
        assertThat(MavenHints.of("that the password is right (options username, password)."))
                .isEqualTo("that the password is right (-Dmodel.username, -Dmodel.password; or -Dmodel.serverId"
                        + " naming a <server> of settings.xml).");
    }
}
