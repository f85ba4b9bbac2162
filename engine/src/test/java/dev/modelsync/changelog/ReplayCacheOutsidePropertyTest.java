package dev.modelsync.changelog;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay cache's scan for paths that may lead out of the changelog directory gives the same
 * answer as its pattern applied at every character, on texts made of the pieces that matter; so does its
 * scan for the properties a changelog names.
 */
class ReplayCacheOutsidePropertyTest {
    @Property(tries = 2000)
    void theFastScanAgreesWithThePattern(@ForAll("texts") String text) {
        assertThat(ReplayCache.mayLeadOutside(text)).as(text).isEqualTo(ReplayCache.OUTSIDE.matcher(text).find());
    }

    @Property(tries = 2000)
    void thePropertyScanAgreesWithThePattern(@ForAll("properties") String text) {
        java.util.Set<String> expected = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}:\\s]+)").matcher(text);
        while (m.find()) expected.add(m.group(1));
        java.util.Set<String> found = new java.util.TreeSet<>();
        ReplayCache.propertyNames(text, found);
        assertThat(found).as(text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> properties() {
        return Arbitraries.of("$", "{", "}", "${", "$$", "${a", "${b}", "x", ":", " ", "\n", "DO $$", "$x$", "é")
                .list().ofMinSize(0).ofMaxSize(14).map(l -> String.join("", l));
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
