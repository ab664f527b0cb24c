/**
 * Problems as values: the one catalogue of messages ({@link Message}), a {@link Diagnostic} (a
 * message with its page and line), an {@link Outcome} (a value with the diagnostics found making
 * it), and the kinds a warning can be silenced by ({@link WarningKind}).
 *
 * <p>The bottom of the processor: every stage reports through these, and they depend on no stage.
 */
@NullMarked
package io.github.graphenum.processor.diagnostic;

import org.jspecify.annotations.NullMarked;
