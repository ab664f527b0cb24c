/**
 * Names shared by several stages: the rule that turns a Graph member name into a Java constant name
 * ({@link ConstantNames}), and the closest names offered for a typo ({@link ClosestNames}).
 *
 * <p>Depends on no stage; the spec, the model and validation use it.
 */
@NullMarked
package io.github.graphenum.processor.naming;

import org.jspecify.annotations.NullMarked;
