/**
 * Stage 6, render (JSON bindings): what a generated enum and flags set carry for Jackson ({@link
 * JacksonAnnotations}) and Gson ({@link GsonAdapters}).
 *
 * <p>Depends on {@code render.source} and the stages below it.
 */
package io.github.graphenum.processor.render.json;
