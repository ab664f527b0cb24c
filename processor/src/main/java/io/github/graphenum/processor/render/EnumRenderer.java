package io.github.graphenum.processor.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.render.flags.FlagsSetRenderer;
import io.github.graphenum.processor.render.json.JsonAdditions;
import io.github.graphenum.processor.render.json.JsonBinding;
import io.github.graphenum.processor.render.source.GeneratedAnnotation;
import io.github.graphenum.processor.render.source.GeneratedFiles;
import io.github.graphenum.processor.render.source.JavaText;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@link ValidatedEnum} as Java source with JavaPoet: the "render" stage. It sees only the
 * validated model, never a page.
 *
 * <p>The generated enum targets Java 8 and needs nothing but the JDK. Its lookups ({@link
 * EnumLookups}) allocate nothing: values go through a table of {@link ValueTables}, member names
 * through one of {@link NameTables}, and each constant keeps its own {@link Optional}.
 */
public final class EnumRenderer {
  private final GeneratedAnnotation generated;
  private final List<JsonBinding> bindings;
  private final FlagsSetRenderer flagsSets;
  private final MemberRenderer members;

  /**
   * @param generated the {@code @Generated} annotation every enum carries
   * @param bindings the JSON bindings switched on, whose additions each enum and set carries
   */
  public EnumRenderer(GeneratedAnnotation generated, List<JsonBinding> bindings) {
    this.generated = generated;
    this.bindings = List.copyOf(bindings);
    this.flagsSets = new FlagsSetRenderer(generated, bindings);
    this.members = new MemberRenderer(generated, bindings);
  }

  /**
   * The enum's source first, then for a flags enum its set type's ({@link FlagsSetRenderer}), and
   * for an evolvable enum its member type's ({@link MemberRenderer}).
   */
  public List<JavaFile> render(ValidatedEnum model, Element originatingElement) {
    List<JavaFile> files = new ArrayList<>();
    files.add(renderEnum(model, originatingElement));
    if (model.flags()) {
      files.add(flagsSets.render(model, originatingElement));
    }
    ValidatedEnum.Constant sentinel = model.sentinel();
    if (sentinel != null) {
      files.add(members.render(model, sentinel, originatingElement));
    }
    return List.copyOf(files);
  }

  private JavaFile renderEnum(ValidatedEnum model, Element originatingElement) {
    ClassName self = ClassName.get(model.identity().packageName(), model.identity().className());
    JsonAdditions json =
        JsonAdditions.merge(bindings.stream().map(b -> b.toEnum(self, model)).toList());
    DeprecationJavadoc deprecations = new DeprecationJavadoc(model);
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(EnumJavadoc.ofEnum(model, json.paragraphs()))
            .addJavadoc(
                model.deprecation() == null
                    ? CodeBlock.of("")
                    : CodeBlock.of(
                        "$L",
                        deprecations.tag(
                            model.deprecation(),
                            null,
                            "The service metadata marks this enum deprecated.")))
            .addOriginatingElement(originatingElement)
            // A constant named like a type the code uses (rename = "a=Objects") would shadow it.
            .alwaysQualify(
                model.constants().stream()
                    .map(ValidatedEnum.Constant::name)
                    .toArray(String[]::new));
    generated.addTo(type, model.origin().what() + " " + model.origin().name());
    if (model.deprecation() != null) {
      type.addAnnotation(Deprecated.class);
    }
    type.addAnnotations(json.typeAnnotations()).addSuperinterfaces(json.superinterfaces());
    int sentinel = model.sentinelIndex();
    for (int i = 0; i < model.constants().size(); i++) {
      ValidatedEnum.Constant constant = model.constants().get(i);
      CodeBlock arguments =
          model.hasValues()
              ? CodeBlock.of(
                  "$L, $L, $L",
                  JavaText.stringLiteral(constant.memberName()),
                  constant.value(),
                  JavaText.stringExpression(constant.description().text()))
              : CodeBlock.of(
                  "$L, $L",
                  JavaText.stringLiteral(constant.memberName()),
                  JavaText.stringExpression(constant.description().text()));
      TypeSpec.Builder body =
          TypeSpec.anonymousClassBuilder(arguments)
              .addJavadoc(
                  "$L", EnumJavadoc.ofConstant(model, constant, sentinel >= 0 && i > sentinel));
      if (constant.deprecation() != null) {
        body.addJavadoc(
                "$L",
                deprecations.tag(
                    constant.deprecation(),
                    constant,
                    "The documentation marks this member deprecated."))
            .addAnnotation(Deprecated.class);
      }
      if (i == sentinel) {
        body.addAnnotations(json.unknownMemberAnnotations());
      }
      type.addEnumConstant(constant.name(), body.build());
    }
    ValidatedEnum.Constant sentinelConstant = model.sentinel();
    if (sentinelConstant != null) {
      type.addField(optInHeaderValue(sentinelConstant.name()));
    }
    CodeBlock.Builder staticBefore = CodeBlock.builder();
    CodeBlock.Builder staticInit = CodeBlock.builder();
    addState(type, self, model, json);
    EnumLookups.addNameLookups(type, self, model, staticInit, json);
    if (sentinelConstant != null) {
      EnumLookups.addEvolvableMethods(type, self, sentinelConstant.name(), json);
    }
    if (model.hasValues()) {
      EnumLookups.addValueLookups(type, self, model, staticBefore, staticInit);
    }
    type.addMethods(json.methods());
    type.addStaticBlock(
        staticBefore
            .beginControlFlow("for ($T constant : values())", self)
            .add(staticInit.build())
            .endControlFlow()
            .build());
    if (model.flags()) {
      FlagsMethods.addTo(type, self, model);
    }
    type.addTypes(json.types());
    return GeneratedFiles.of(model.identity().packageName(), type.build());
  }

  private static void addState(
      TypeSpec.Builder type, ClassName self, ValidatedEnum model, JsonAdditions json) {
    type.addField(privateField(String.class, "memberName", "The Graph member name."));
    if (model.hasValues()) {
      type.addField(privateField(int.class, "value", "The documented value."));
    }
    type.addField(privateField(String.class, "description", "The description, as plain text."));
    type.addField(
        FieldSpec.builder(optionalOf(self), "found", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc(
                "This constant as a lookup result, made once so that lookups allocate nothing.\n")
            .initializer("$T.of(this)", Optional.class)
            .build());

    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc("Creates a constant.\n\n")
            .addJavadoc("@param memberName the Graph member name\n")
            .addParameter(String.class, "memberName");
    if (model.hasValues()) {
      constructor
          .addJavadoc("@param value the documented value\n")
          .addParameter(int.class, "value");
    }
    constructor.addJavadoc("@param description the description, as plain text\n");
    constructor
        .addParameter(String.class, "description")
        .addStatement("this.memberName = memberName");
    if (model.hasValues()) {
      constructor.addStatement("this.value = value");
    }
    type.addMethod(constructor.addStatement("this.description = description").build());

    MethodSpec.Builder memberName =
        MethodSpec.methodBuilder("memberName")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                "Returns the Graph member name, exactly as the service sends and accepts it.\n\n")
            .addJavadoc("@return the member name\n")
            .addStatement("return memberName")
            .addAnnotations(json.writerAnnotations());
    type.addMethod(memberName.build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                "Returns the Graph member name, as {@link #memberName()} does: the one string form"
                    + " of the\n")
            .addJavadoc(
                "enum, which the service reads. Gson writes a map's keys with it, and reads them"
                    + " back with\n")
            .addJavadoc("the enum's adapter; {@link #name()} gives the constant's name.\n\n")
            .addJavadoc("@return the member name\n")
            .addStatement("return memberName")
            .build());
    if (model.hasValues()) {
      type.addMethod(
          MethodSpec.methodBuilder("value")
              .addModifiers(Modifier.PUBLIC)
              .returns(int.class)
              .addJavadoc("Returns the member's value, as the page documents it.\n\n")
              .addJavadoc("@return the value\n")
              .addStatement("return value")
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("description")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("Returns the member's description from the page, as plain text.\n\n")
            .addJavadoc("@return the description, empty when the page gives none\n")
            .addStatement("return description")
            .build());
    if (!model.servedTranslations().isEmpty()) {
      TranslatedDescriptionMethod.addTo(type, model);
    }
  }

  /**
   * The value of the {@code Prefer} header that opts in to the members after the sentinel, as a
   * constant of every evolvable enum: whether or not its page lists such members yet, code that
   * sends the header compiles against the enum, as the service may add them at any time.
   */
  private static FieldSpec optInHeaderValue(String sentinel) {
    return FieldSpec.builder(
            String.class,
            EnumJavadoc.PREFER_FIELD,
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "The value of the <code>Prefer</code> request header with which the service returns"
                + " the members\n")
        .addJavadoc(
            "it added after {@link #$L} (those for which {@link #isEvolvable()} is true):\n",
            sentinel)
        .addJavadoc(
            "<code>$L</code>. Without it, the service returns\n{@link #$L} in their place.\n",
            EnumJavadoc.PREFER_HEADER,
            sentinel)
        .initializer("$S", EnumJavadoc.PREFER_VALUE)
        .build();
  }

  private static FieldSpec privateField(Class<?> type, String name, String javadoc) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc)
        .build();
  }

  static TypeName optionalOf(ClassName self) {
    return ParameterizedTypeName.get(ClassName.get(Optional.class), self);
  }
}
