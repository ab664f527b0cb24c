package io.github.graphenum.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads a {@code @GraphEnum} annotation into an {@link EnumSpec}. */
final class SpecReader {
  static final String ANNOTATION = "io.github.graphenum.GraphEnum";

  private final Elements elements;

  SpecReader(Elements elements) {
    this.elements = elements;
  }

  EnumSpec read(TypeElement spec) {
    AnnotationMirror mirror = mirrorOf(spec);
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    AnnotationValue doc = null;
    String name = "";
    String className = "";
    List<String> rename = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      AnnotationValue value = e.getValue();
      switch (e.getKey().getSimpleName().toString()) {
        case "doc" -> doc = value;
        case "name" -> name = (String) value.getValue();
        case "className" -> className = (String) value.getValue();
        case "rename" -> {
          for (Object entry : (List<?>) value.getValue()) {
            rename.add((String) ((AnnotationValue) entry).getValue());
          }
        }
        default -> {
          // An attribute of a newer annotation jar than this processor knows: ignore it.
        }
      }
    }
    String docPath = doc == null ? "" : String.valueOf(doc.getValue());
    return new EnumSpec(
        spec,
        mirror,
        doc,
        docPath,
        name.strip(),
        className.strip(),
        List.copyOf(rename),
        elements.getPackageOf(spec).getQualifiedName().toString());
  }

  private static AnnotationMirror mirrorOf(TypeElement spec) {
    for (AnnotationMirror mirror : spec.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(ANNOTATION)) {
        return mirror;
      }
    }
    throw new IllegalStateException(spec + " is not annotated with @GraphEnum");
  }
}
