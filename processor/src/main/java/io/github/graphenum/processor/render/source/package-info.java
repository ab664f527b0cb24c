/**
 * Stage 6, render (building blocks): text escaped for Java source and Javadoc ({@link JavaText}),
 * the {@code @Generated} annotation, the {@code JavaFile} every generated file is written through
 * ({@link GeneratedFiles}), and the bounded quoting of input in run-time messages ({@link
 * InputQuotes}).
 *
 * <p>Depends on {@code validation} and the stages below it.
 */
@NullMarked
package io.github.graphenum.processor.render.source;

import org.jspecify.annotations.NullMarked;
