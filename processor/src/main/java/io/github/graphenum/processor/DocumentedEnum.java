package io.github.graphenum.processor;

import java.util.List;

/**
 * The enum one spec asks for, as its page documents it: the spec's naming choices and the page's
 * table, nothing checked yet.
 *
 * @param packageName the package to generate into (the spec's)
 * @param className the generated enum's simple name
 * @param graphName the enum's Graph name
 * @param namespace the Graph namespace, or {@code null} when the page states none
 * @param doc the page as the spec names it, or the spec's file for a table written in the spec;
 *     diagnostics name it
 * @param origin where the table came from, for the generated Javadoc
 * @param translation why the page is taken for machine-translated, or {@code null}
 * @param description the enum's description
 * @param table the members table
 * @param rename the spec's {@code memberName=CONSTANT_NAME} entries
 * @param flags whether the spec declares a flags enum
 */
record DocumentedEnum(
    String packageName,
    String className,
    String graphName,
    String namespace,
    String doc,
    Origin origin,
    String translation,
    Description description,
    MemberTable table,
    List<String> rename,
    boolean flags) {}
