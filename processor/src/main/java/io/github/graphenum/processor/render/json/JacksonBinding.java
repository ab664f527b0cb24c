package io.github.graphenum.processor.render.json;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.github.graphenum.processor.render.source.InputQuotes;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Jackson, with {@code graphenum.jackson=true}: annotations of {@code
 * com.fasterxml.jackson.annotation}, which Jackson 2 and Jackson 3 both read, so the generated code
 * works with either and depends on neither's databind.
 *
 * <p>The enum writes its member name ({@code @JsonValue} on {@code memberName()}) and reads it with
 * its lookup ({@code @JsonCreator}); where Jackson's own enum reading is used, an unknown name
 * reads as the sentinel ({@code @JsonEnumDefaultValue}). The flags set writes its wire form and
 * reads the wire form or a JSON array of member names ({@code fromJson(Object)}). The member type
 * of an evolvable enum writes its member name and reads it with {@code parse(String)}.
 */
final class JacksonBinding implements JsonBinding {
  private static final String PACKAGE = "com.fasterxml.jackson.annotation";
  private static final ClassName JSON_VALUE = ClassName.get(PACKAGE, "JsonValue");
  private static final ClassName JSON_CREATOR = ClassName.get(PACKAGE, "JsonCreator");
  private static final ClassName JSON_ENUM_DEFAULT_VALUE =
      ClassName.get(PACKAGE, "JsonEnumDefaultValue");

  /** {@code @JsonValue}: Jackson writes the value that the annotated method returns. */
  private static final AnnotationSpec WRITES = AnnotationSpec.builder(JSON_VALUE).build();

  /**
   * {@code @JsonCreator(mode = DELEGATING)}: Jackson reads the JSON value into the annotated
   * factory's parameter.
   */
  private static final AnnotationSpec READS =
      AnnotationSpec.builder(JSON_CREATOR)
          .addMember("mode", "$T.DELEGATING", JSON_CREATOR.nestedClass("Mode"))
          .build();

  /**
   * {@code @JsonEnumDefaultValue}: where Jackson's own enum reading is used, the constant for an
   * unknown name.
   */
  private static final AnnotationSpec READ_WHEN_UNKNOWN =
      AnnotationSpec.builder(JSON_ENUM_DEFAULT_VALUE).build();

  @Override
  public String optionKey() {
    return "graphenum.jackson";
  }

  @Override
  public Library library() {
    return new Library(
        "Jackson's annotations",
        "com.fasterxml.jackson.core:jackson-annotations",
        JSON_CREATOR.canonicalName());
  }

  @Override
  public List<String> annotations() {
    return List.of(
        JSON_VALUE.canonicalName(),
        JSON_CREATOR.canonicalName(),
        JSON_ENUM_DEFAULT_VALUE.canonicalName());
  }

  @Override
  public JsonAdditions toEnum(ClassName self, ValidatedEnum model) {
    return JsonAdditions.builder()
        .onUnknownMember(READ_WHEN_UNKNOWN)
        .onWriter(WRITES)
        .onReader(READS)
        .build();
  }

  @Override
  public JsonAdditions toFlagsSet(ClassName set, ClassName element, boolean keepsUnknownNames) {
    return JsonAdditions.builder()
        .paragraph(
            CodeBlock.builder()
                .add(
                    "Jackson (2 or 3) writes it in the wire form and reads the wire form or a JSON"
                        + " array of\n")
                .add(
                    "member names: declare a property of this type, with no annotation and no"
                        + " module.")
                .build())
        .onWriter(WRITES)
        .method(fromJson(set, element, keepsUnknownNames))
        .readsMemberNameArrays()
        .build();
  }

  /** As the enum: written as its member name, read with {@code parse(String)}. */
  @Override
  public JsonAdditions toMember(ClassName member, ValidatedEnum model) {
    return JsonAdditions.builder()
        .paragraph(
            CodeBlock.builder()
                .add(
                    "Jackson (2 or 3) reads and writes it as the member name, a JSON string:"
                        + " declare a property\n")
                .add("of this type, with no annotation and no module.")
                .build())
        .onWriter(WRITES)
        .onReader(READS)
        .build();
  }

  /** {@code fromJson(Object)}, Jackson's delegating creator of the set. */
  private static MethodSpec fromJson(ClassName set, ClassName element, boolean keepsUnknownNames) {
    return MethodSpec.methodBuilder("fromJson")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(set)
        .addParameter(Object.class, "json")
        .addAnnotation(READS)
        .addJavadoc(
            "Reads a set from the value a JSON parser gives: Graph's wire form, a string read"
                + " by\n")
        .addJavadoc(
            "{@link #parse}, or a JSON array of member names, a collection. Jackson reads the"
                + " set with it.\n\n")
        .addJavadoc("@param json a string, or a collection of member names\n")
        .addJavadoc("@return the set of the named members\n")
        .addJavadoc(
            "@throws $T if {@code json} is neither, or a name is $L\n",
            IllegalArgumentException.class,
            keepsUnknownNames ? "empty" : "no member's")
        .beginControlFlow("if (json instanceof $T)", String.class)
        .addStatement("return parse(($T) json)", String.class)
        .endControlFlow()
        .beginControlFlow("if (json instanceof $T)", Collection.class)
        .addStatement("return ofMemberNames(($T<?>) json)", Collection.class)
        .endControlFlow()
        .addStatement(
            "throw new $T($S + $L)",
            IllegalArgumentException.class,
            set.simpleName()
                + " reads member names joined by commas, or an array of member names, not ",
            InputQuotes.quote(element, CodeBlock.of("$T.valueOf(json)", String.class)))
        .build();
  }
}
