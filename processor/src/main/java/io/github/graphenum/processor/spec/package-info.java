/**
 * Stage 1, the spec: what the user asked for. {@link SpecReader} reads a {@code @GraphEnum} into an
 * {@link EnumSpec}, {@link FolderSpec} a {@code @GraphEnums}, {@link Options} the {@code -A}
 * options; {@link SourceLines} and {@link StringLiteralLines} find the source lines a table written
 * in a spec came from.
 *
 * <p>Depends on {@code diagnostic} and {@code naming}.
 */
@NullMarked
package io.github.graphenum.processor.spec;

import org.jspecify.annotations.NullMarked;
