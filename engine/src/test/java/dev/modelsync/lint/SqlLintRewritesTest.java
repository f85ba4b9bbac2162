package dev.modelsync.lint;

import dev.modelsync.schema.ColumnType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which type changes PostgreSQL makes without rewriting the table (MS109 flags the others). */
class SqlLintRewritesTest {
    @Test
    void aTimestampRewritesOnlyWhenItKeepsFewerFractionalSeconds() {
        ColumnType plain = ColumnType.of(ColumnType.Kind.TIMESTAMPTZ);
        assertThat(SqlLint.rewrites(ColumnType.timestamptz(3), ColumnType.timestamptz(6))).isFalse();
        assertThat(SqlLint.rewrites(ColumnType.timestamptz(3), plain)).isFalse();
        assertThat(SqlLint.rewrites(ColumnType.timestamptz(6), plain)).isFalse();
        assertThat(SqlLint.rewrites(plain, ColumnType.timestamptz(6))).isFalse();
        assertThat(SqlLint.rewrites(ColumnType.timestamptz(6), ColumnType.timestamptz(3))).isTrue();
        assertThat(SqlLint.rewrites(plain, ColumnType.timestamptz(3))).isTrue();
    }
}
