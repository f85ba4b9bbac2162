/**
 * What modelsync knows about each database, without a model: the dialects and their name limits,
 * JDBC connections ({@code Db}), identifier quoting and cutting, how each database writes default
 * expressions, and password masking ({@code Secrets}).
 * <p>May use: {@code problem} and {@code schema}.
 */
package dev.modelsync.db;
