package dev.modelsync.changelog;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay cache's scan for paths that may lead out of the changelog directory gives the same
 * answer as its pattern applied at every character, on texts made of the pieces that matter.
 */
class ReplayCacheOutsidePropertyTest {
    @Property(tries = 2000)
    void theFastScanAgreesWithThePattern(@ForAll("texts") String text) {
        assertThat(ReplayCache.mayLeadOutside(text)).as(text).isEqualTo(ReplayCache.OUTSIDE.matcher(text).find());
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("file", "FILE", "File", "path", "PATH", "pAtH", "profile", "_file",
                "éfile", "İfile", "\uD835\uDC00path", "x", " ", "  ", "\n", "\t", ":", "=", "\"", "'", "/", "\\",
                "c:/", "C:\\", "classpath:", "file:", "http:", "https:", "HTTPS:", "ftp:", ".", "..", "changes/0001.yaml",
                "include:", "sqlFile:", "relativeToChangelogFile: true", "- ", "a", "9");
        return piece.list().ofMinSize(0).ofMaxSize(12).map(l -> String.join("", l));
    }
}
