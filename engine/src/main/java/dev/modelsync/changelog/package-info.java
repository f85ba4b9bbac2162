/**
 * The Liquibase changelog as files: writing changes as changesets ({@code ChangeSetPlanner},
 * {@code ChangelogWriter}, {@code ChangelogYaml}, {@code MasterChangelog}, written atomically), and
 * reading a changelog back into the schema it records ({@code ChangelogReplayer}, {@code ChangeReader},
 * cached by {@code ReplayCache}). The SQL modelsync writes itself ({@code OwnSql}, {@code OnlineSql},
 * {@code MariaDbSql}) sits here so that what is written is what is read back. No database.
 * <p>May use: {@code problem}, {@code schema}, {@code db}, {@code diff} and {@code config}.
 */
package dev.modelsync.changelog;
