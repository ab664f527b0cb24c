/**
 * Diagnostics handed to javac's {@code Messager}, on the spec element they concern: {@link
 * Reporter}, with the {@code @SuppressWarnings("graphenum:...")} of each element ({@link
 * Suppressions}).
 *
 * <p>Depends on {@code diagnostic} and {@code spec} (an error on the {@code doc} attribute is
 * reported there).
 */
@NullMarked
package io.github.graphenum.processor.reporting;

import org.jspecify.annotations.NullMarked;
