/**
 * Stage 7, write: {@link SpecPipeline} runs one spec through every stage (locate, read, model,
 * validate, render) and writes its files through javac's {@code Filer}; {@link BuildSetup} checks
 * what the build needs before its first spec, {@link StageWorkers} and {@link ReadOnce} run pure
 * stages ahead on other threads, {@link TranslationLookup} and {@link TranslationTally} the
 * translations, {@link GeneratedSourceBudget} bounds what one compilation writes.
 *
 * <p>Depends on every stage below it.
 */
@NullMarked
package io.github.graphenum.processor.pipeline;

import org.jspecify.annotations.NullMarked;
