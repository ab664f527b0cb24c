package io.github.graphenum.processor.render.json;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.render.source.InputQuotes;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Gson, with {@code graphenum.gson=true}: a nested {@code GsonAdapter}, a {@code TypeAdapter} that
 * reads and writes the enum and the member type of an evolvable enum as their member name, and the
 * flags set as Graph's wire form.
 *
 * <p>An enum names its adapter in Gson's {@code @JsonAdapter}, so Gson uses it with no
 * registration: unlike {@code @SerializedName} on each constant, which Gson's own enum adapter
 * reads, it reads an unknown member of an evolvable enum as the sentinel (Gson's enum adapter reads
 * it as null) and is an error for the others. A flags set is a {@link java.util.Collection}, and
 * Gson gives every collection its own adapter before it looks at a class's {@code @JsonAdapter}; so
 * the set's adapter is registered once per Gson, and the set carries no annotation Gson would pass
 * over.
 *
 * <p>A map keyed by the enum: Gson reads each key with the enum's adapter, but writes it as {@code
 * String.valueOf(key)} (unless {@code enableComplexMapKeySerialization()}), whatever adapter or
 * {@code @SerializedName} the enum has. So every generated enum's {@code toString()} returns the
 * member name, with or without this binding: keys are written as they are read, and an evolvable
 * enum's keys do not come back as its sentinel.
 */
final class GsonBinding implements JsonBinding {
  private static final String PACKAGE = "com.google.gson";
  private static final ClassName TYPE_ADAPTER = ClassName.get(PACKAGE, "TypeAdapter");
  private static final ClassName JSON_READER = ClassName.get(PACKAGE + ".stream", "JsonReader");
  private static final ClassName JSON_WRITER = ClassName.get(PACKAGE + ".stream", "JsonWriter");
  private static final ClassName JSON_TOKEN = ClassName.get(PACKAGE + ".stream", "JsonToken");
  private static final ClassName JSON_SYNTAX_EXCEPTION =
      ClassName.get(PACKAGE, "JsonSyntaxException");
  private static final ClassName JSON_ADAPTER =
      ClassName.get(PACKAGE + ".annotations", "JsonAdapter");

  @Override
  public String optionKey() {
    return "graphenum.gson";
  }

  @Override
  public Library library() {
    return new Library("Gson", "com.google.code.gson:gson", TYPE_ADAPTER.canonicalName());
  }

  @Override
  public List<String> annotations() {
    return List.of(JSON_ADAPTER.canonicalName());
  }

  /** The enum's adapter, and {@code @JsonAdapter} naming it. */
  @Override
  public JsonAdditions toEnum(ClassName self, ValidatedEnum model) {
    ClassName adapter = adapterOf(self, self);
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Reads and writes {@link $T} with Gson as its Graph member name. The enum names"
                    + " this\n",
                self)
            .add(
                "adapter in Gson's {@code @JsonAdapter}, so Gson uses it with no registration; it"
                    + " reads the keys\n")
            .add(
                "of a map too, which Gson writes with {@link $T#toString()}, the member name.",
                self);
    CodeBlock read;
    if (model.sentinel() != null) {
      doc.add(
          " A member name\nthat the enum does not know reads as {@link $T#$L}.\n",
          self,
          model.sentinel().name());
      read = CodeBlock.of("return $T.fromMemberNameOrUnknown(in.nextString());\n", self);
    } else {
      doc.add(
          " A name that no\nmember has is a {@link $T} that names it and its path.\n",
          JSON_SYNTAX_EXCEPTION);
      read =
          failingWithPath(CodeBlock.of("return $T.fromMemberName(in.nextString());\n", self), self);
    }
    return JsonAdditions.builder()
        .typeAnnotation(
            AnnotationSpec.builder(JSON_ADAPTER).addMember("value", "$T.class", adapter).build())
        .type(adapter(adapter, self, doc.build(), CodeBlock.of("value.memberName()"), read))
        .build();
  }

  /**
   * The set's adapter, which a user registers (the set carries no annotation), and the paragraph of
   * the set's Javadoc that says so.
   */
  @Override
  public JsonAdditions toFlagsSet(ClassName set, ClassName element, boolean keepsUnknownNames) {
    ClassName adapter = adapterOf(set, element);
    CodeBlock doc =
        CodeBlock.builder()
            .add(
                "Reads and writes {@link $T} with Gson in Graph's wire form, and reads a JSON array"
                    + " of member\n",
                set)
            .add(
                "names too; a name that no member has is a {@link $T} that names it and its"
                    + " path.\n",
                JSON_SYNTAX_EXCEPTION)
            .add(
                "Gson gives every {@link $T} its own adapter before it looks at a class's"
                    + " annotations, so\n",
                Collection.class)
            .add("register this one, once per Gson:\n")
            .add(
                "{@code new GsonBuilder().registerTypeAdapter($L.class, new $L.$L())}.\n",
                set.simpleName(),
                set.simpleName(),
                adapter.simpleName())
            .build();
    CodeBlock read =
        CodeBlock.builder()
            .beginControlFlow("if (in.peek() != $T.BEGIN_ARRAY)", JSON_TOKEN)
            .addStatement("return $T.parse(in.nextString())", set)
            .endControlFlow()
            .addStatement(
                "$T<$T> memberNames = new $T<>()", List.class, String.class, ArrayList.class)
            .addStatement("in.beginArray()")
            .beginControlFlow("while (in.hasNext())")
            .addStatement("memberNames.add(in.nextString())")
            .endControlFlow()
            .addStatement("in.endArray()")
            .addStatement("return $T.ofMemberNames(memberNames)", set)
            .build();
    return JsonAdditions.builder()
        .paragraph(
            CodeBlock.of(
                "Gson reads and writes it the same way once its adapter, {@link $T}, is"
                    + " registered.",
                adapter))
        .type(
            adapter(
                adapter,
                set,
                doc,
                CodeBlock.of("value.wireForm()"),
                failingWithPath(read, element)))
        .readsMemberNameArrays()
        .build();
  }

  /**
   * As the enum's: the member type's adapter, and {@code @JsonAdapter} naming it. It reads every
   * name, so its reading has no error of its own.
   */
  @Override
  public JsonAdditions toMember(ClassName member, ValidatedEnum model) {
    ClassName element = ClassName.get(model.identity().packageName(), model.identity().className());
    ClassName adapter = adapterOf(member, element);
    CodeBlock doc =
        CodeBlock.builder()
            .add(
                "Reads and writes {@link $T} with Gson as its member name. The type names this"
                    + " adapter in\n",
                member)
            .add(
                "Gson's {@code @JsonAdapter}, so Gson uses it with no registration; it reads the"
                    + " keys of a map\n")
            .add("too, which Gson writes with {@link $T#toString()}, the member name.\n", member)
            .build();
    return JsonAdditions.builder()
        .paragraph(
            CodeBlock.of(
                "Gson reads and writes it as the member name with {@link $T}, which the type"
                    + " names in\n"
                    + "Gson's {@code @JsonAdapter}: no registration.",
                adapter))
        .typeAnnotation(
            AnnotationSpec.builder(JSON_ADAPTER).addMember("value", "$T.class", adapter).build())
        .type(
            adapter(
                adapter,
                member,
                doc,
                CodeBlock.of("value.memberName()"),
                CodeBlock.of("return $T.parse(in.nextString());\n", member)))
        .build();
  }

  /**
   * The adapter nested in {@code owner}: {@code GsonAdapter}, unless the enum has that name (a
   * nested class may not take its enclosing class's name, and in the set it would hide the enum).
   */
  private static ClassName adapterOf(ClassName owner, ClassName element) {
    return owner.nestedClass(
        element.simpleName().equals("GsonAdapter") ? "GsonTypeAdapter" : "GsonAdapter");
  }

  /**
   * {@code read}, turning the {@link IllegalArgumentException} of a name no member has into Gson's
   * error with the path, quoted by the enum {@code quoting} ({@link InputQuotes}): a path holds the
   * input's property names, as long as they come.
   */
  private static CodeBlock failingWithPath(CodeBlock read, ClassName quoting) {
    return CodeBlock.builder()
        .beginControlFlow("try")
        .add(read)
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addStatement(
            "throw new $T(e.getMessage() + $S + $L, e)",
            JSON_SYNTAX_EXCEPTION,
            " at path ",
            InputQuotes.quote(quoting, CodeBlock.of("in.getPreviousPath()")))
        .endControlFlow()
        .build();
  }

  /**
   * A {@code TypeAdapter} of {@code adapted}: null reads and writes as JSON null (also when a user
   * registers the adapter without Gson's null-safe wrapper), a value writes as {@code written} (an
   * expression of {@code value}), and {@code read} reads the rest.
   */
  private static TypeSpec adapter(
      ClassName name, ClassName adapted, CodeBlock javadoc, CodeBlock written, CodeBlock read) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(TYPE_ADAPTER, adapted))
        .addJavadoc(javadoc)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates the adapter.\n")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(JSON_WRITER, "out")
                .addParameter(adapted, "value")
                .addException(IOException.class)
                .beginControlFlow("if (value == null)")
                .addStatement("out.nullValue()")
                .nextControlFlow("else")
                .addStatement("out.value($L)", written)
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(adapted)
                .addParameter(JSON_READER, "in")
                .addException(IOException.class)
                .beginControlFlow("if (in.peek() == $T.NULL)", JSON_TOKEN)
                .addStatement("in.nextNull()")
                .addStatement("return null")
                .endControlFlow()
                .addCode(read)
                .build())
        .build();
  }
}
