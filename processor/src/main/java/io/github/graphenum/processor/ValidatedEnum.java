package io.github.graphenum.processor;

import java.util.List;

/**
 * An enum ready to render: every name is a legal and distinct Java name, every value a distinct
 * int. The renderer sees nothing else.
 *
 * @param packageName the package to generate into
 * @param className the enum's simple name
 * @param graphName the Graph name
 * @param namespace the Graph namespace, or {@code null} when the page states none
 * @param doc the page as the spec names it
 * @param description the enum's description
 * @param hasValues whether the page states values; without them the enum has no value lookups
 * @param constants the constants, in page order
 */
record ValidatedEnum(
    String packageName,
    String className,
    String graphName,
    String namespace,
    String doc,
    Description description,
    boolean hasValues,
    List<Constant> constants) {

  ValidatedEnum {
    constants = List.copyOf(constants);
  }

  /**
   * One constant.
   *
   * @param name the Java constant name
   * @param memberName the Graph member name, as sent on the wire
   * @param value the value, or 0 when the enum has no values
   * @param description the member's description
   */
  record Constant(String name, String memberName, int value, Description description) {}
}
