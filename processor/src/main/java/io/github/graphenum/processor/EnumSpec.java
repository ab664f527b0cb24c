package io.github.graphenum.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * What one {@code @GraphEnum} asks for, read from the annotated spec interface.
 *
 * @param element the spec interface; every diagnostic is reported on it
 * @param annotation the {@code @GraphEnum} mirror, so that diagnostics point at it
 * @param docValue the {@code doc} attribute's value, for diagnostics about the page's location
 * @param doc the page, relative to a docs root
 * @param name the Graph enum name asked for, or empty for the page's heading
 * @param className the generated enum's simple name, or empty for the default
 * @param rename the raw {@code memberName=CONSTANT_NAME} entries
 * @param packageName the spec's package, where the enum is generated
 */
record EnumSpec(
    TypeElement element,
    AnnotationMirror annotation,
    AnnotationValue docValue,
    String doc,
    String name,
    String className,
    List<String> rename,
    String packageName) {}
