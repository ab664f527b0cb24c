package io.github.graphenum.processor.render.flags;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.graphenum.processor.render.json.JsonAdditions;
import io.github.graphenum.processor.render.source.InputQuotes;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The wire form of a flags set ({@code FlagsSetRenderer}): {@code parse} and {@code wireForm},
 * Graph's member names joined by commas, and with a JSON binding a JSON array of names too. A name
 * is looked up where it stands in the text, through the enum's {@code constantNamed(String, int,
 * int)} (the enum's name tables), so that reading allocates the set and nothing else.
 *
 * <p>An evolvable enum's set reads a name it does not know as the sentinel and keeps the name, in
 * the order it first came, to write it back instead of the sentinel's own name (and beside it, when
 * that was read too); the names are collected in a {@link java.util.LinkedHashSet}, so that reading
 * n distinct names takes time linear in n. Any other set refuses such a name with an {@link
 * IllegalArgumentException} that quotes it and the text it came from, each cut to a bounded excerpt
 * ({@link InputQuotes}). The JSON bindings' additions ({@link JsonAdditions}) annotate {@code
 * parse} and {@code wireForm} and add their reading methods after {@code parse}.
 */
final class FlagsWireForm {
  private static final TypeName STRING_LIST = FlagsSetShape.STRING_LIST;
  private static final TypeName STRING_SET = FlagsSetShape.STRING_SET;

  private FlagsWireForm() {}

  /** Adds the reading and the writing of the wire form to the set type, with {@code json}. */
  static void addTo(TypeSpec.Builder type, FlagsSetShape shape, JsonAdditions json) {
    addReading(type, shape, json);
    addWriting(type, shape, json);
  }

  /**
   * {@code parse}, the bindings' reading methods, and {@code ofMemberNames} when they call it; the
   * reading of one name, {@code bitsOf}.
   */
  private static void addReading(TypeSpec.Builder type, FlagsSetShape shape, JsonAdditions json) {
    MethodSpec.Builder parse =
        MethodSpec.methodBuilder("parse")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(shape.set())
            .addParameter(String.class, "memberNames")
            .addJavadoc(
                "Parses Graph's wire form: member names joined by commas. Whitespace around a name"
                    + " is\n")
            .addJavadoc(
                "ignored, and an empty or blank string is the empty set$L.\n",
                shape.empty() == null ? "" : CodeBlock.of(", as is $L", shape.link(shape.empty())));
    if (shape.unknown() != null) {
      parse.addJavadoc(
          "A name that the enum does not know reads as $L and is kept.\n",
          shape.link(shape.unknown()));
    }
    parse
        .addJavadoc("\n@param memberNames the names, joined by commas\n")
        .addJavadoc("@return the set of the named members\n")
        .addJavadoc(
            "@throws $T if a name is $L\n",
            IllegalArgumentException.class,
            shape.unknown() == null ? "no member's" : "empty")
        .addJavadoc("@throws $T if {@code memberNames} is null\n", NullPointerException.class)
        .beginControlFlow("if (memberNames.trim().isEmpty())")
        .addStatement("return empty")
        .endControlFlow()
        .addStatement("int mask = 0");
    startUnknownNames(parse, shape);
    type.addMethod(
        parse
            .addStatement("int start = 0")
            .beginControlFlow(
                "for (int comma = memberNames.indexOf(','); comma >= 0; comma ="
                    + " memberNames.indexOf(',', start))")
            .addStatement(
                "mask |= bitsOf(memberNames, start, comma$L)", unknownNamesArgument(shape))
            .addStatement("start = comma + 1")
            .endControlFlow()
            .addStatement(
                "mask |= bitsOf(memberNames, start, memberNames.length()$L)",
                unknownNamesArgument(shape))
            .addStatement("return $L", shape.createRead())
            .addAnnotations(json.readerAnnotations())
            .build());
    type.addMethods(json.methods());
    if (json.readsMemberNameArrays()) {
      addMemberNamesOneByOne(type, shape);
    }
    MethodSpec.Builder bitsOf =
        MethodSpec.methodBuilder("bitsOf")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(int.class)
            .addParameter(String.class, "text")
            .addParameter(int.class, "start")
            .addParameter(int.class, "end")
            .addJavadoc(
                "The bits of the member named by {@code text} from {@code start} to {@code end},"
                    + " whitespace\n")
            .addJavadoc(
                "around the name ignored$L.\n\n",
                shape.unknown() == null
                    ? ""
                    : "; for a name the enum does not know, the sentinel's bit. That name,\n"
                        + "or the sentinel's own, goes into {@code sentinelNames}")
            .addJavadoc("@param text the text that holds the name\n")
            .addJavadoc("@param start where the name starts, whitespace before it included\n")
            .addJavadoc("@param end where it ends, whitespace after it included\n");
    if (shape.unknown() != null) {
      bitsOf
          .addJavadoc(
              "@param sentinelNames the names read so far as the sentinel: those the enum does not"
                  + " know,\n")
          .addJavadoc("    and the sentinel's own\n")
          .addParameter(STRING_SET, "sentinelNames");
    }
    bitsOf
        .addJavadoc("@return the member's bits\n")
        .addJavadoc(
            "@throws $T if the name is $L\n",
            IllegalArgumentException.class,
            shape.unknown() == null ? "no member's" : "empty")
        .addStatement("int nameStart = start")
        .addStatement("int nameEnd = end")
        .beginControlFlow("while (nameStart < nameEnd && text.charAt(nameStart) <= ' ')")
        .addStatement("nameStart++")
        .endControlFlow()
        .beginControlFlow("while (nameEnd > nameStart && text.charAt(nameEnd - 1) <= ' ')")
        .addStatement("nameEnd--")
        .endControlFlow()
        .addStatement(
            "$T member = $T.constantNamed(text, nameStart, nameEnd)",
            shape.element(),
            shape.element())
        .beginControlFlow("if (member != null)");
    if (shape.unknown() != null) {
      bitsOf
          .addAnnotations(shape.suppressingDeprecationOf(List.of(shape.unknown())))
          .beginControlFlow("if (member == $L)", shape.sentinel())
          .addStatement("sentinelNames.add(member.memberName())")
          .endControlFlow();
    }
    bitsOf
        .addStatement("return member.value()")
        .endControlFlow()
        .addStatement("$T memberName = text.substring(nameStart, nameEnd)", String.class);
    if (shape.unknown() != null) {
      bitsOf
          .beginControlFlow("if (!memberName.isEmpty())")
          .addStatement("sentinelNames.add(memberName)")
          .addStatement("return $L.value()", shape.sentinel())
          .endControlFlow();
    }
    type.addMethod(
        bitsOf
            .addStatement(
                "throw new $T($S + $L + $S + $L + $S)",
                IllegalArgumentException.class,
                shape.model().identity().className() + " has no member named ",
                InputQuotes.quote(shape.element(), "memberName"),
                " (read from ",
                InputQuotes.quote(shape.element(), "text"),
                ")")
            .build());
  }

  /** {@code ofMemberNames(Iterable)}, for a JSON array of member names. */
  private static void addMemberNamesOneByOne(TypeSpec.Builder type, FlagsSetShape shape) {
    MethodSpec.Builder ofMemberNames =
        MethodSpec.methodBuilder("ofMemberNames")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(shape.set())
            .addParameter(
                ParameterizedTypeName.get(
                    ClassName.get(Iterable.class), WildcardTypeName.subtypeOf(Object.class)),
                "memberNames")
            .addJavadoc("The set of member names given one by one, as a JSON array gives them.\n\n")
            .addJavadoc("@param memberNames the names\n")
            .addJavadoc("@return the set of the named members\n")
            .addJavadoc(
                "@throws $T if an item is no string, or a name is $L\n",
                IllegalArgumentException.class,
                shape.unknown() == null ? "no member's" : "empty")
            .addStatement("int mask = 0");
    startUnknownNames(ofMemberNames, shape);
    type.addMethod(
        ofMemberNames
            .beginControlFlow("for ($T item : memberNames)", Object.class)
            .beginControlFlow("if (!(item instanceof $T))", String.class)
            .addStatement(
                "throw new $T($S + $L)",
                IllegalArgumentException.class,
                shape.set().simpleName() + " reads member names, not ",
                InputQuotes.quote(shape.element(), CodeBlock.of("$T.valueOf(item)", String.class)))
            .endControlFlow()
            .addStatement("$T memberName = ($T) item", String.class, String.class)
            .addStatement(
                "mask |= bitsOf(memberName, 0, memberName.length()$L)", unknownNamesArgument(shape))
            .endControlFlow()
            .addStatement("return $L", shape.createRead())
            .build());
  }

  /**
   * The names an evolvable enum's set is read with as its sentinel: a set, each name once, in the
   * order it first came. A set, not a list, so that a check per name costs O(1), not the length of
   * what was read.
   */
  private static void startUnknownNames(MethodSpec.Builder method, FlagsSetShape shape) {
    if (shape.unknown() != null) {
      method.addStatement("$T sentinelNames = new $T<>()", STRING_SET, LinkedHashSet.class);
    }
  }

  private static String unknownNamesArgument(FlagsSetShape shape) {
    return shape.unknown() == null ? "" : ", sentinelNames";
  }

  /** {@code wireForm}, {@code toString} and, when evolvable, {@code unknownMemberNames}. */
  private static void addWriting(TypeSpec.Builder type, FlagsSetShape shape, JsonAdditions json) {
    MethodSpec.Builder wireForm =
        MethodSpec.methodBuilder("wireForm")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                "Returns Graph's wire form: the member names in declaration order, joined by"
                    + " commas$L.\n\n",
                shape.unknown() == null
                    ? ""
                    : ",\n"
                        + "with the names the enum does not know last, instead of the sentinel's"
                        + " own name (unless that\n"
                        + "was read too)")
            .addJavadoc(
                "@return the names joined by commas; $L for the empty set\n",
                shape.empty() == null ? "empty" : CodeBlock.of("$L", shape.link(shape.empty())));
    wireForm
        .addAnnotations(json.writerAnnotations())
        .addAnnotations(
            shape.suppressingDeprecationOf(Arrays.asList(shape.empty(), shape.unknown())));
    if (shape.empty() != null) {
      wireForm
          .beginControlFlow("if (mask == 0)")
          .addStatement("return $T.$N.memberName()", shape.element(), shape.empty().name())
          .endControlFlow();
    }
    wireForm
        .addStatement("$T names = new $T()", StringBuilder.class, StringBuilder.class)
        .beginControlFlow("for ($T member : bitMembers)", shape.element())
        .beginControlFlow(
            shape.unknown() == null
                ? CodeBlock.of("if ((mask & member.value()) != 0)")
                : CodeBlock.of(
                    "if ((mask & member.value()) != 0 && (member != $L || sentinelNamed ||"
                        + " unknownMemberNames.isEmpty()))",
                    shape.sentinel()))
        .addStatement(
            "names.append(names.length() == 0 ? $S : $S).append(member.memberName())", "", ",")
        .endControlFlow()
        .endControlFlow();
    if (shape.unknown() != null) {
      wireForm
          .beginControlFlow("for ($T memberName : unknownMemberNames)", String.class)
          .addStatement("names.append(names.length() == 0 ? $S : $S).append(memberName)", "", ",")
          .endControlFlow();
    }
    type.addMethod(wireForm.addStatement("return names.toString()").build());
    if (shape.unknown() != null) {
      type.addMethod(
          MethodSpec.methodBuilder("unknownMemberNames")
              .addModifiers(Modifier.PUBLIC)
              .returns(STRING_LIST)
              .addJavadoc(
                  "Returns the member names this set was read with that the enum does not know,"
                      + " each once,\n")
              .addJavadoc(
                  "in the order they first came: members the service added after this class was"
                      + " generated.\n"
                      + "The set holds ")
              .addJavadoc("$L for them.\n\n", shape.link(shape.unknown()))
              .addJavadoc("@return the names, unmodifiable; empty when there are none\n")
              .addStatement("return unknownMemberNames")
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                """
                Returns Graph's wire form, as {@link #wireForm} does.

                @return the names joined by commas
                """)
            .addStatement("return wireForm()")
            .build());
  }
}
