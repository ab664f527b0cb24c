package io.github.graphenum.processor.render.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Kiota, the generator of the Microsoft Graph SDK for Java, with {@code graphenum.kiota=true}: the
 * enum implements Kiota's {@code ValuedEnum} ({@code getValue()}, the member name, which Kiota's
 * serialization writers write) and has {@code forValue(String)}, a {@code ValuedEnumParser} for
 * Kiota's parse nodes, as the enums Kiota generates do. The flags set gives its members as the
 * {@link EnumSet} that Kiota reads and writes a flags property as ({@code toEnumSet()}); its {@code
 * copyOf(Collection)} reads one back.
 *
 * <p>For a name the enum does not know, {@code forValue} returns what the enum's other readers
 * give: an evolvable enum's sentinel, as its Jackson and Gson readers do, so that a member added to
 * the service later is told apart from a property the service did not send; and for an enum without
 * the sentinel {@code null}, as Kiota's own enums do, so that one member added later does not fail
 * the whole response (Kiota's parse nodes read it as absent and leave it out of a set).
 *
 * <p>The generated code refers only to Kiota's abstractions ({@code microsoft-kiota-abstractions}),
 * never to a serialization library, and carries no annotation of Kiota's.
 */
final class KiotaBinding implements JsonBinding {
  private static final ClassName VALUED_ENUM =
      ClassName.get("com.microsoft.kiota.serialization", "ValuedEnum");

  @Override
  public String optionKey() {
    return "graphenum.kiota";
  }

  @Override
  public Library library() {
    return new Library(
        "Kiota's abstractions",
        "com.microsoft.kiota:microsoft-kiota-abstractions",
        VALUED_ENUM.canonicalName());
  }

  @Override
  public List<String> annotations() {
    return List.of();
  }

  /** {@code implements ValuedEnum}, {@code getValue()} and {@code forValue(String)}. */
  @Override
  public JsonAdditions toEnum(ClassName self, ValidatedEnum model) {
    String sentinel = model.sentinel() == null ? null : model.sentinel().name();
    MethodSpec.Builder forValue =
        MethodSpec.methodBuilder("forValue")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "value")
            .addJavadoc(
                "Returns the constant of a Graph member name, as Kiota's parse nodes ask it: this"
                    + " method is the\n")
            .addJavadoc(
                "enum's {@code ValuedEnumParser}, {@code parseNode.getEnumValue($L::forValue)}."
                    + " The match is\n",
                self.simpleName())
            .addJavadoc("exact and case-sensitive.\n\n")
            .addJavadoc("@param value a member name, as the service sends it\n");
    if (sentinel != null) {
      forValue
          .addJavadoc(
              "@return the constant, or {@link #$L} for a name this enum does not know, as"
                  + " {@link\n",
              sentinel)
          .addJavadoc("    #fromMemberNameOrUnknown} returns\n")
          .addJavadoc("@throws $T if {@code value} is null\n", NullPointerException.class)
          .addStatement("return fromMemberNameOrUnknown(value)");
    } else {
      forValue
          .addJavadoc(
              "@return the constant, or null for a name this enum does not know, as Kiota's own"
                  + " enums return:\n")
          .addJavadoc(
              "    Kiota reads such a property as absent, and leaves such a name out of a set\n")
          .addJavadoc("@throws $T if {@code value} is null\n", NullPointerException.class)
          .addStatement(
              "return constantNamed($T.requireNonNull(value, $S))", Objects.class, "value");
    }
    MethodSpec getValue =
        MethodSpec.methodBuilder("getValue")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                "Returns the Graph member name, as {@link #memberName()} does: what Kiota's"
                    + " serialization\n")
            .addJavadoc("writers write.\n\n")
            .addJavadoc("@return the member name\n")
            .addStatement("return memberName()")
            .build();
    String unknown = sentinel == null ? "null, as with those" : "{@link #" + sentinel + "}";
    CodeBlock paragraph =
        model.flags()
            ? CodeBlock.builder()
                .add(
                    "Kiota reads a set of these flags with {@code"
                        + " parseNode.getEnumSetValue($L::forValue)} and\n",
                    self.simpleName())
                .add(
                    "writes it with {@code writer.writeEnumSetValue(key, members)}, as the"
                        + " Microsoft Graph SDK's own\n")
                .add(
                    "enums, as an {@code EnumSet} that the set type converts; a name it does not"
                        + " know $L.",
                    sentinel == null
                        ? "is left out, as with those"
                        : "reads as {@link #" + sentinel + "}")
                .build()
            : CodeBlock.builder()
                .add(
                    "Kiota reads it with {@code parseNode.getEnumValue($L::forValue)} and writes it"
                        + " with\n",
                    self.simpleName())
                .add(
                    "{@code writer.writeEnumValue(key, value)}, as the Microsoft Graph SDK's own"
                        + " enums; a name it does\n")
                .add("not know reads as $L.", unknown)
                .build();
    return JsonAdditions.builder()
        .superinterface(VALUED_ENUM)
        .paragraph(paragraph)
        .method(getValue)
        .method(forValue.build())
        .build();
  }

  /** {@code toEnumSet()}: the set as the {@link EnumSet} Kiota reads and writes. */
  @Override
  public JsonAdditions toFlagsSet(ClassName set, ClassName element, boolean keepsUnknownNames) {
    ParameterizedTypeName enumSet =
        ParameterizedTypeName.get(ClassName.get(EnumSet.class), element);
    MethodSpec.Builder toEnumSet =
        MethodSpec.methodBuilder("toEnumSet")
            .addModifiers(Modifier.PUBLIC)
            .returns(enumSet)
            .addJavadoc(
                "Returns this set's members as an {@link $T}, which Kiota writes with {@code\n",
                EnumSet.class)
            .addJavadoc(
                "writer.writeEnumSetValue(key, set.toEnumSet())}. The other way, {@link"
                    + " #copyOf} reads\n")
            .addJavadoc("{@code parseNode.getEnumSetValue($L::forValue)}.\n", element.simpleName());
    if (keepsUnknownNames) {
      toEnumSet
          .addJavadoc(
              "\n<p>An {@code EnumSet} holds no names: the names this set keeps for members the"
                  + " enum does not\n")
          .addJavadoc(
              "know ({@link #unknownMemberNames}) are not in it; {@link #wireForm} has them.\n");
    }
    toEnumSet
        .addJavadoc("\n@return a new, modifiable {@code EnumSet} of this set's members\n")
        .addStatement("$T members = $T.noneOf($T.class)", enumSet, EnumSet.class, element)
        .addStatement("members.addAll(this)")
        .addStatement("return members");
    return JsonAdditions.builder()
        .paragraph(
            CodeBlock.of(
                "Kiota reads and writes a flags property as an {@link $T}: {@link #copyOf} and"
                    + " {@link\n#toEnumSet} convert.",
                EnumSet.class))
        .method(toEnumSet.build())
        .build();
  }

  @Override
  public JsonAdditions toMember(ClassName member, ValidatedEnum model) {
    return JsonAdditions.NONE; // Kiota's parse nodes read enums only; no member holder is read
  }
}
