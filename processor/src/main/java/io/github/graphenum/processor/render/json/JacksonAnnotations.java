package io.github.graphenum.processor.render.json;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The Jackson annotations the generated code carries with {@code graphenum.jackson=true}. They are
 * {@code com.fasterxml.jackson.annotation}'s, which Jackson 2 and Jackson 3 both read, so the
 * generated code works with either and depends on neither's databind.
 */
public final class JacksonAnnotations {
  private static final String PACKAGE = "com.fasterxml.jackson.annotation";

  /** {@code @JsonValue}: Jackson writes the value that the annotated method returns. */
  public static final ClassName JSON_VALUE = ClassName.get(PACKAGE, "JsonValue");

  /**
   * {@code @JsonEnumDefaultValue}: where Jackson's own enum reading is used, the constant for an
   * unknown name.
   */
  public static final ClassName JSON_ENUM_DEFAULT_VALUE =
      ClassName.get(PACKAGE, "JsonEnumDefaultValue");

  private static final ClassName JSON_CREATOR = ClassName.get(PACKAGE, "JsonCreator");

  /** Every annotation the generated code may carry, by qualified name. */
  public static final List<String> NAMES =
      List.of(
          JSON_VALUE.canonicalName(),
          JSON_CREATOR.canonicalName(),
          JSON_ENUM_DEFAULT_VALUE.canonicalName());

  /**
   * The class Jackson's annotations are looked up by, to tell whether they are on the class path.
   */
  public static final String PROBE = JSON_CREATOR.canonicalName();

  private JacksonAnnotations() {}

  /**
   * {@code @JsonCreator(mode = DELEGATING)}: Jackson reads the JSON value into the annotated
   * factory's parameter.
   */
  public static AnnotationSpec jsonCreator() {
    return AnnotationSpec.builder(JSON_CREATOR)
        .addMember("mode", "$T.DELEGATING", JSON_CREATOR.nestedClass("Mode"))
        .build();
  }
}
