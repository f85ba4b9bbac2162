/**
 * Running Liquibase against the database: {@code LiquibaseRunner} (update, the SQL of an update,
 * changelog sync, pending changesets), commits held back per changeset ({@code LiquibaseUpdate},
 * {@code ChangeSetConnection}), H2 durability, and the extensions Liquibase loads from
 * META-INF/services (our lock service, MariaDB types and SQL generators, and the MariaDB/MySQL executor
 * that resumes a changeset where it stopped).
 * <p>May use: {@code problem}, {@code db}, {@code config}, {@code changelog}, {@code lint} and {@code apply.lock}.
 */
package dev.modelsync.apply;
