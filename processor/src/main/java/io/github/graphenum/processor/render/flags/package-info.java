/**
 * Stage 6, render (flags sets): the {@code <Enum>Set} type generated beside a flags enum ({@link
 * FlagsSetRenderer}, with its {@code Set} methods in {@link FlagsSetMethods}), its wire form
 * ({@link FlagsWireForm}) and the shape both share ({@link FlagsSetShape}).
 *
 * <p>Depends on {@code render.json}, {@code render.source} and the stages below them.
 */
@NullMarked
package io.github.graphenum.processor.render.flags;

import org.jspecify.annotations.NullMarked;
