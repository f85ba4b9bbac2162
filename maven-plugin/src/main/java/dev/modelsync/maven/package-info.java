/** Maven goals over the modelsync engine (prefix {@code model}). */
package dev.modelsync.maven;
