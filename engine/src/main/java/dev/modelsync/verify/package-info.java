/**
 * Comparing schemas for people: {@code SchemaComparator} turns two schemas into coded findings, the lag
 * checks say whether the changelog records the model, and {@code VerifyReport} writes verify.json and the
 * JUnit XML.
 * <p>May use: {@code problem}, {@code schema}, {@code db}, {@code config}, {@code diff}, {@code changelog}, {@code inspect} and {@code report}.
 */
package dev.modelsync.verify;
