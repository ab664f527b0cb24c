/**
 * Stage 4, the enum model: {@link DocumentedEnums} selects, from a read page, the enum a spec
 * names, as a {@link DocumentedEnum} with its {@link Origin}; {@link Translations} pairs its
 * members with a localized page's descriptions.
 *
 * <p>Depends on the stages below it: {@code spec}, {@code page}, {@code metadata}, {@code naming},
 * {@code diagnostic}.
 */
package io.github.graphenum.processor.model;
