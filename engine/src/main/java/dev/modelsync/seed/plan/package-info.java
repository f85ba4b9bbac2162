/**
 * The plan of a seed run, decided before anything is written: the tables' insertion order
 * ({@code TableOrder}) and, per row, found in the database (with its changed columns), new, or the
 * same row as another one; junction links sorted and merged ({@code Planner}). Only reads the database.
 * <p>May use: {@code problem}, {@code schema}, {@code db} and {@code seed}.
 */
package dev.modelsync.seed.plan;
