/**
 * Locks that the database or the operating system releases when a run dies: one run lock per
 * database kind (PostgreSQL advisory lock, MariaDB GET_LOCK, an OS file lock for H2), the changelog
 * directory lock, and waiting with the holder named ({@code LockWait}).
 * <p>May use: {@code problem}, {@code db} and {@code config}.
 */
package dev.modelsync.apply.lock;
