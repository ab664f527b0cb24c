package io.github.graphenum.processor.render.source;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The {@code @Generated} annotation every generated type carries: which one the compilation's
 * target has ({@code javax.annotation.processing.Generated} from Java 9, {@code
 * javax.annotation.Generated} on Java 8, or none), and the generator it names.
 *
 * @param type the annotation type, or {@code null} when the target has none
 * @param generator the generator's name, the annotation's {@code value}
 */
public record GeneratedAnnotation(@Nullable ClassName type, String generator) {

  /** The {@code @Generated} of the compilation's target, naming {@code generator}. */
  public static GeneratedAnnotation available(Elements elements, String generator) {
    for (String name :
        new String[] {"javax.annotation.processing.Generated", "javax.annotation.Generated"}) {
      if (elements.getTypeElement(name) != null) {
        return new GeneratedAnnotation(ClassName.bestGuess(name), generator);
      }
    }
    return new GeneratedAnnotation(null, generator);
  }

  /** Adds the annotation to {@code type}, saying where the type was generated from. */
  public void addTo(TypeSpec.Builder type, String from) {
    if (this.type != null) {
      type.addAnnotation(
          AnnotationSpec.builder(this.type)
              .addMember("value", "$S", generator)
              .addMember("comments", "$L", JavaText.stringLiteral("from " + from))
              .build());
    }
  }
}
