/**
 * Stage 4, the enum model: {@link DocumentedEnums} selects, from a read page, the enum a spec
 * names, as a {@link DocumentedEnum} (its {@link EnumIdentity}, its table with its {@link Origin},
 * the spec's choices, and what later stages add); {@link PageFaults} says what is wrong with what a
 * page documents, in the same words for a spec and a folder; {@link Translations} pairs the enum's
 * members with a localized page's descriptions.
 *
 * <p>Depends on the stages below it: {@code spec}, {@code page}, {@code metadata}, {@code naming},
 * {@code diagnostic}.
 */
@NullMarked
package io.github.graphenum.processor.model;

import org.jspecify.annotations.NullMarked;
