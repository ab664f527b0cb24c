package io.github.graphenum.processor.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.render.flags.FlagsSetRenderer;
import io.github.graphenum.processor.render.json.JsonAdditions;
import io.github.graphenum.processor.render.source.InputQuotes;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The lookups of a generated enum: by member name ({@code fromMemberName}, {@code
 * findByMemberName}), by value ({@code fromValue}, {@code findByValue}), and for an evolvable enum
 * {@code fromMemberNameOrUnknown} and {@code isEvolvable}. Each {@code from} throws for an unknown
 * input, each {@code findBy} returns an {@link Optional}; both go through the tables of {@link
 * NameTables} and {@link ValueTables}, which allocate nothing.
 */
final class EnumLookups {
  private EnumLookups() {}

  /**
   * {@code fromMemberName} and {@code findByMemberName}, on the table of {@link NameTables}, with
   * the quoting of input in their messages.
   */
  static void addNameLookups(
      TypeSpec.Builder type,
      ClassName self,
      ValidatedEnum model,
      CodeBlock.Builder staticInit,
      JsonAdditions json) {
    NameTables.add(
        type,
        self,
        model.constants().stream().map(ValidatedEnum.Constant::memberName).toList(),
        staticInit,
        model.flags());
    CodeBlock failureMessage =
        CodeBlock.of(
            "$S + quoted(memberName)", model.identity().className() + " has no member named ");
    if (model.flags()) {
      // A property declared as the enum, not as its set, reads one flag; say what reads several.
      failureMessage =
          CodeBlock.of(
              "$L + (memberName.indexOf(',') < 0 ? $S : $S)",
              failureMessage,
              "",
              "; a set of flags, names joined by commas, is read by "
                  + FlagsSetRenderer.setClass(model).simpleName()
                  + ".parse");
    }
    addLookupPair(
        type,
        self,
        "MemberName",
        ParameterSpec.builder(String.class, "memberName").build(),
        "a Graph member name. The match is exact and case-sensitive",
        "a member name, as the service sends it",
        "name",
        CodeBlock.of(
            "constantNamed($T.requireNonNull(memberName, $S))", Objects.class, "memberName"),
        failureMessage,
        // An evolvable enum reads JSON with fromMemberNameOrUnknown instead.
        model.sentinel() == null ? json.readerAnnotations() : List.of());
    InputQuotes.addTo(type, model);
  }

  /**
   * {@code isEvolvable()} and {@code fromMemberNameOrUnknown(String)}, for an enum with the
   * sentinel, the constant {@code sentinel}.
   */
  static void addEvolvableMethods(
      TypeSpec.Builder type, ClassName self, String sentinel, JsonAdditions json) {
    type.addMethod(
        MethodSpec.methodBuilder("isEvolvable")
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addJavadoc(
                "Returns whether the service added this member after {@link #$L}: it returns such"
                    + " a\n",
                sentinel)
            .addJavadoc(
                "member only to clients that send <code>$L</code>\n({@link #$L}).\n\n",
                EnumJavadoc.PREFER_HEADER,
                EnumJavadoc.PREFER_FIELD)
            .addJavadoc("@return whether this member comes after the sentinel\n")
            .addStatement("return ordinal() > $L.ordinal()", sentinel)
            .build());
    MethodSpec.Builder orUnknown =
        MethodSpec.methodBuilder("fromMemberNameOrUnknown")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "memberName")
            .addJavadoc(
                "Returns the constant of a Graph member name, or {@link #$L} for a name this"
                    + " enum\n",
                sentinel)
            .addJavadoc(
                "does not know: a member the service added after this enum was generated. The match"
                    + " is\n")
            .addJavadoc("exact and case-sensitive.\n\n")
            .addJavadoc("@param memberName a member name, as the service sends it\n")
            .addJavadoc("@return the constant, or {@link #$L}\n", sentinel)
            .addJavadoc("@throws $T if {@code memberName} is null\n", NullPointerException.class)
            .addStatement(
                "$T constant = constantNamed($T.requireNonNull(memberName, $S))",
                self,
                Objects.class,
                "memberName")
            .addStatement("return constant == null ? $T.$N : constant", self, sentinel)
            .addAnnotations(json.readerAnnotations());
    type.addMethod(orUnknown.build());
  }

  /** {@code fromValue} and {@code findByValue}, on the table of {@link ValueTables}. */
  static void addValueLookups(
      TypeSpec.Builder type,
      ClassName self,
      ValidatedEnum model,
      CodeBlock.Builder staticBefore,
      CodeBlock.Builder staticInit) {
    List<Integer> values = model.constants().stream().map(ValidatedEnum.Constant::value).toList();
    ValueTables.add(type, self, values, staticBefore, staticInit);
    addLookupPair(
        type,
        self,
        "Value",
        ParameterSpec.builder(int.class, "value").build(),
        "a value",
        "a value, as the page documents it",
        "value",
        CodeBlock.of("constantOf(value)"),
        CodeBlock.of("$S + value", model.identity().className() + " has no member with value "),
        List.of());
  }

  /**
   * {@code from<By>}, which throws for an unknown input, and {@code findBy<By>}, which returns an
   * Optional; both find the constant with {@code find}.
   */
  private static void addLookupPair(
      TypeSpec.Builder type,
      ClassName self,
      String by,
      ParameterSpec parameter,
      String ofWhat,
      String parameterDoc,
      String noun,
      CodeBlock find,
      CodeBlock failureMessage,
      List<AnnotationSpec> onFrom) {
    boolean nullable = !parameter.type().isPrimitive();
    MethodSpec.Builder from =
        MethodSpec.methodBuilder("from" + by)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(parameter)
            .addJavadoc("Returns the constant of $L.\n\n", ofWhat)
            .addJavadoc("@param $N $L\n", parameter, parameterDoc)
            .addJavadoc("@return the constant\n")
            .addJavadoc(
                "@throws $T if no member has that $L\n", IllegalArgumentException.class, noun);
    MethodSpec.Builder findBy =
        MethodSpec.methodBuilder("findBy" + by)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(EnumRenderer.optionalOf(self))
            .addParameter(parameter)
            .addJavadoc("Finds the constant of $L.\n\n", ofWhat)
            .addJavadoc("@param $N $L\n", parameter, parameterDoc)
            .addJavadoc("@return the constant, or empty if no member has that $L\n", noun);
    if (nullable) {
      from.addJavadoc("@throws $T if {@code $N} is null\n", NullPointerException.class, parameter);
      findBy.addJavadoc(
          "@throws $T if {@code $N} is null\n", NullPointerException.class, parameter);
    }
    from.addAnnotations(onFrom);
    type.addMethod(
        from.addStatement("$T constant = $L", self, find)
            .beginControlFlow("if (constant == null)")
            .addStatement("throw new $T($L)", IllegalArgumentException.class, failureMessage)
            .endControlFlow()
            .addStatement("return constant")
            .build());
    type.addMethod(
        findBy
            .addStatement("$T constant = $L", self, find)
            .addStatement(
                "return constant == null ? $T.<$T>empty() : constant.found", Optional.class, self)
            .build());
  }
}
