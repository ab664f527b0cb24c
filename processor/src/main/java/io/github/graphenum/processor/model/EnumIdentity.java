package io.github.graphenum.processor.model;

import org.jspecify.annotations.Nullable;

/**
 * Which enum a spec generates: the Java type it becomes and the Graph type it stands for. Chosen
 * once, when the enum is selected from its page, and carried unchanged to the renderers.
 *
 * @param packageName the package to generate into
 * @param className the generated enum's simple name
 * @param graphName the enum's Graph name
 * @param namespace the Graph namespace, or {@code null} when the page states none
 */
public record EnumIdentity(
    String packageName, String className, String graphName, @Nullable String namespace) {}
