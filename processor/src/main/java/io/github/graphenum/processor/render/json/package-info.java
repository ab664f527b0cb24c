/**
 * Stage 6, render (JSON bindings): one {@link JsonBinding} per library that reads and writes the
 * generated types as JSON (Jackson, Gson, Kiota), listed in {@link JsonBindings}; each says its
 * option, its library, the annotations it claims, and what it adds to an enum, a flags set and a
 * member holder ({@link JsonAdditions}), which the renderers place.
 *
 * <p>Depends on {@code render.source} and the stages below it.
 */
@NullMarked
package io.github.graphenum.processor.render.json;

import org.jspecify.annotations.NullMarked;
