/**
 * The graphenum annotation processor: {@link GraphEnumProcessor}, the service javac loads, which
 * only wires together the stages, each a package below this one.
 *
 * <p>A stage's package depends only on the packages before it here:
 *
 * <pre>
 * diagnostic → naming → spec → reporting → locate → page → metadata → model → validation
 *   → render.source → render.json → render.flags → render → inputs → pipeline → folder
 * </pre>
 *
 * <p>Each package's own {@code package-info} says what it holds; {@code LayeringTest} checks the
 * order above, and that every class is in one of these packages. Every package below this one is
 * internal to graphenum: its public types are public because another stage uses them, not for
 * users; only {@link GraphEnumProcessor} (through {@code META-INF/services}) and {@code
 * inputs.InputsRecord} (read by graphenum-maven-plugin of the same version) are used from outside
 * the processor.
 */
@NullMarked
package io.github.graphenum.processor;

import org.jspecify.annotations.NullMarked;
