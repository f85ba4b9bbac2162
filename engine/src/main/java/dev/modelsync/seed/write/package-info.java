/**
 * Writes a planned seed run inside the caller's transaction: generated keys reserved up front
 * ({@code IdAllocator}), new rows inserted and existing ones updated ({@code Writer}) as JDBC batches or
 * the database's bulk path, PostgreSQL COPY or MariaDB LOAD DATA ({@code RowWriter}, {@code CopyBuffer},
 * {@code LoadData}), with progress lines ({@code Progress}).
 * <p>May use: {@code problem}, {@code schema}, {@code db} and {@code seed}.
 */
package dev.modelsync.seed.write;
