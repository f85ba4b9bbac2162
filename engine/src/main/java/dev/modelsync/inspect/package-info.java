/**
 * A live database → schema: one inspector per dialect over bulk catalog queries (never one query per
 * table), returning a {@code LiveSchema}.
 * <p>May use: {@code problem}, {@code schema} and {@code db}.
 */
package dev.modelsync.inspect;
