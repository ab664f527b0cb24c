/**
 * Stage 5, validate: {@link EnumValidator} checks a {@link
 * io.github.graphenum.processor.model.DocumentedEnum} (names, values, flags, limits) and gives the
 * {@link ValidatedEnum} the renderers take, its rows checked by {@link MemberRows} and its
 * constants named by {@link ConstantNamer}; {@link MetadataCheck} compares it with the service
 * metadata first.
 *
 * <p>Depends on {@code model} and the stages below it.
 */
@NullMarked
package io.github.graphenum.processor.validation;

import org.jspecify.annotations.NullMarked;
