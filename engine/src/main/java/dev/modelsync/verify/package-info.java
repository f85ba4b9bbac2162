/**
 * Comparing schemas for people: {@code SchemaComparator} turns two schemas into coded findings, the lag
 * checks say whether the changelog records the model, {@code VerifyMemo} keeps what the last clean verify saw
 * (keyed by the model files it lists through {@code yaml}), and {@code VerifyReport} writes verify.json and the
 * JUnit XML.
 * <p>May use: {@code problem}, {@code schema}, {@code db}, {@code config}, {@code diff}, {@code changelog}, {@code inspect}, {@code report} and {@code yaml}.
 */
package dev.modelsync.verify;
