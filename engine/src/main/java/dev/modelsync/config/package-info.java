/**
 * The settings of one run ({@link dev.modelsync.config.Config}, built by
 * {@code ModelSync.configure()}) and the online-change settings ({@code Online}).
 * <p>May use: {@code problem} and {@code db}.
 */
package dev.modelsync.config;
