package dev.modelsync.inspect;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest of what a catalog query read: the same reads hash alike, any other reads do not. */
class CatalogQueryTest {
    @Test
    void theDigestIsOfEveryQueryParameterLabelAndValueEachDelimited() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:catalogquery")) {
            String ab = digest(c, "SELECT 'ab' AS X, 'c' AS Y");
            assertThat(digest(c, "SELECT 'ab' AS X, 'c' AS Y")).as("the same read").isEqualTo(ab);
            assertThat(digest(c, "SELECT 'a' AS X, 'bc' AS Y")).as("values split elsewhere").isNotEqualTo(ab);
            assertThat(digest(c, "SELECT 'ab' AS X, 'c' AS Z")).as("another label").isNotEqualTo(ab);
            assertThat(digest(c, "SELECT 'ab' AS X, NULL AS Y")).as("null").isNotEqualTo(digest(c, "SELECT 'ab' AS X, '' AS Y"));
            assertThat(digest(c, "SELECT ? AS X", "a")).as("a parameter").isNotEqualTo(digest(c, "SELECT ? AS X", "b"));
            assertThat(digest(c, "SELECT 1 AS X UNION ALL SELECT 2")).as("rows in another order")
                    .isNotEqualTo(digest(c, "SELECT 2 AS X UNION ALL SELECT 1"));
            CatalogQuery two = new CatalogQuery(c);
            two.query("SELECT 'ab' AS X, 'c' AS Y");
            String once = two.readDigest();
            two.query("SELECT 'ab' AS X, 'c' AS Y");
            assertThat(two.readDigest()).as("a second query adds to the digest").isNotEqualTo(once);
        }
    }

    private static String digest(Connection c, String sql, Object... params) {
        CatalogQuery q = new CatalogQuery(c);
        q.query(sql, params);
        return q.readDigest();
    }
}
