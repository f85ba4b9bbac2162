/**
 * Model files → definitions: {@code ModelParser} reads a directory of model files into a
 * {@link dev.modelsync.model.ModelSet} of models, attributes, associations and indexes as written,
 * each with its source position; every option is checked against the option tables
 * ({@code SequelizeVocabulary}, {@code Validators}, {@code TypeParser}). No naming rules and no
 * database here: that is {@code resolve}.
 * <p>May use: {@code problem}, {@code yaml} and {@code schema}.
 */
package dev.modelsync.model;
