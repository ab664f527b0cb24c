package io.github.graphenum.processor.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.render.json.JsonAdditions;
import io.github.graphenum.processor.render.json.JsonBinding;
import io.github.graphenum.processor.render.source.GeneratedAnnotation;
import io.github.graphenum.processor.render.source.GeneratedFiles;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the member type of an evolvable enum, {@code <Enum>Member}: one member as the service sent
 * it, which keeps the name of a member added after the enum was generated. The enum reads such a
 * name as its sentinel and writes the sentinel's name back, which the service rejects; the member
 * type writes back the name it read.
 *
 * <p>Immutable, equal by member name. The members the enum knows are made once, one per constant,
 * and {@code of} and {@code parse} return them: only a name the enum does not know allocates. A
 * name is looked up with the enum's own {@code findByMemberName}, which allocates nothing either.
 * The JSON bindings' additions read it with {@code parse} and write it as {@code memberName()}, as
 * the enum's read and write its name.
 */
public final class MemberRenderer {
  private final GeneratedAnnotation generated;
  private final List<JsonBinding> bindings;

  /**
   * @param generated the {@code @Generated} annotation every member type carries
   * @param bindings the JSON bindings switched on, whose additions each member type carries
   */
  public MemberRenderer(GeneratedAnnotation generated, List<JsonBinding> bindings) {
    this.generated = generated;
    this.bindings = List.copyOf(bindings);
  }

  /** The member type of the evolvable enum {@code model}: {@code <Enum>Member}, beside the enum. */
  public static ClassName memberClass(ValidatedEnum model) {
    return memberClass(ClassName.get(model.identity().packageName(), model.identity().className()));
  }

  /** The member type of the enum {@code element}: {@code <Enum>Member}, beside the enum. */
  public static ClassName memberClass(ClassName element) {
    return element.peerClass(element.simpleName() + "Member");
  }

  /**
   * The source of the member type of {@code model}, an evolvable enum.
   *
   * @param sentinel the enum's sentinel, {@code model.sentinel()}
   */
  public JavaFile render(
      ValidatedEnum model, ValidatedEnum.Constant sentinel, Element originatingElement) {
    ClassName element = ClassName.get(model.identity().packageName(), model.identity().className());
    ClassName self = memberClass(model);
    JsonAdditions json =
        JsonAdditions.merge(bindings.stream().map(b -> b.toMember(self, model)).toList());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(javadoc(element, sentinel, json))
            .addOriginatingElement(originatingElement);
    generated.addTo(type, model.origin().what() + " " + model.origin().name());
    if (model.deprecation() != null) {
      // A member of a deprecated enum is deprecated with it, as its set is; and a deprecated type
      // names its deprecated enum without a warning.
      type.addJavadoc("\n@deprecated its enum, {@link $T}, is deprecated\n", element)
          .addAnnotation(Deprecated.class);
    }
    type.addAnnotations(json.typeAnnotations()).addSuperinterfaces(json.superinterfaces());
    addState(type, self, element);
    addReading(type, self, element, json);
    addAccessors(type, element, sentinel, model.deprecation() == null, json);
    addObjectMethods(type, self);
    type.addTypes(json.types());
    return GeneratedFiles.of(model.identity().packageName(), type.build());
  }

  private static CodeBlock javadoc(
      ClassName element, ValidatedEnum.Constant sentinel, JsonAdditions json) {
    CodeBlock link =
        CodeBlock.of("{@link $T#$L $L}", element, sentinel.name(), "unknownFutureValue");
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "A member of {@link $T} as the service sent it: a constant of the enum, or the"
                    + " name of a\n",
                element)
            .add(
                "member the service added after the enum was generated, kept as it came. The enum"
                    + " reads such\n")
            .add("a name as $L, and writes that back, which the service rejects;\n", link)
            .add("this type writes back the name it read.\n\n")
            .add(
                "<p>Declare a property as this type when your code may send it back to the service"
                    + " (read,\n")
            .add(
                "change, write), as {@link $T} when it only reads it. {@link #known()} gives the"
                    + " constant,\n",
                element)
            .add(
                "{@link #orUnknown()} the constant or $L, {@link #memberName()} the name as"
                    + " received.\n\n",
                link)
            .add(
                "<p>Immutable, and equal by member name. Each constant of the enum has one"
                    + " instance, made once,\n")
            .add(
                "which {@link #of} and {@link #parse} return: only a name the enum does not know"
                    + " allocates.");
    for (CodeBlock paragraph : json.paragraphs()) {
      doc.add("\n\n<p>").add(paragraph);
    }
    return doc.add("\n").build();
  }

  /** The instance of each constant, and the two fields of an instance. */
  private static void addState(TypeSpec.Builder type, ClassName self, ClassName element) {
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(self),
                "byOrdinal",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The instance of each constant of {@link $T}, by ordinal.\n", element)
            .initializer("ofEachConstant()")
            .build());
    type.addField(
        FieldSpec.builder(String.class, "memberName", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The member name, as received.\n")
            .build());
    type.addField(
        FieldSpec.builder(optionalOf(element), "known", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc(
                "The constant of the member name; empty for a name the enum does not know.\n")
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Creates a member.\n\n")
            .addJavadoc("@param memberName the member name, as received\n")
            .addJavadoc("@param known its constant, or empty\n")
            .addParameter(String.class, "memberName")
            .addParameter(optionalOf(element), "known")
            .addStatement("this.memberName = memberName")
            .addStatement("this.known = known")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("ofEachConstant")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addJavadoc("Makes the instance of each constant, once.\n\n")
            .addJavadoc("@return the instances, by ordinal\n")
            .addStatement("$T[] constants = $T.values()", element, element)
            .addStatement("$T[] members = new $T[constants.length]", self, self)
            .beginControlFlow("for ($T constant : constants)", element)
            .addStatement(
                "members[constant.ordinal()] = new $T(constant.memberName(), $T.of(constant))",
                self,
                Optional.class)
            .endControlFlow()
            .addStatement("return members")
            .build());
  }

  /** {@code of} and {@code parse}, with the bindings' reading annotations and methods. */
  private static void addReading(
      TypeSpec.Builder type, ClassName self, ClassName element, JsonAdditions json) {
    type.addMethod(
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(element, "constant")
            .addJavadoc("Returns the member of a constant: the one instance made for it.\n\n")
            .addJavadoc("@param constant a constant of {@link $T}\n", element)
            .addJavadoc("@return its member\n")
            .addJavadoc("@throws $T if {@code constant} is null\n", NullPointerException.class)
            .addStatement(
                "return byOrdinal[$T.requireNonNull(constant, $S).ordinal()]",
                Objects.class,
                "constant")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("parse")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "memberName")
            .addJavadoc(
                "Returns the member of a Graph member name, as the service sends it: the one"
                    + " instance of\n")
            .addJavadoc(
                "its constant when the enum knows the name (the match is exact and"
                    + " case-sensitive), else a\n")
            .addJavadoc("member that keeps the name.\n\n")
            .addJavadoc("@param memberName a member name\n")
            .addJavadoc("@return its member\n")
            .addJavadoc("@throws $T if {@code memberName} is null\n", NullPointerException.class)
            .addStatement(
                "$T known = $T.findByMemberName(memberName)", optionalOf(element), element)
            .addStatement(
                "return known.isPresent() ? byOrdinal[known.get().ordinal()] : new $T(memberName,"
                    + " known)",
                self)
            .addAnnotations(json.readerAnnotations())
            .build());
    type.addMethods(json.methods());
  }

  /** {@code known}, {@code orUnknown} and {@code memberName}. */
  private static void addAccessors(
      TypeSpec.Builder type,
      ClassName element,
      ValidatedEnum.Constant sentinel,
      boolean enumNotDeprecated,
      JsonAdditions json) {
    type.addMethod(
        MethodSpec.methodBuilder("known")
            .addModifiers(Modifier.PUBLIC)
            .returns(optionalOf(element))
            .addJavadoc("Returns the constant of this member, if the enum knows it.\n\n")
            .addJavadoc(
                "@return the constant, or empty for a member added after the enum was generated\n")
            .addStatement("return known")
            .build());
    MethodSpec.Builder orUnknown = MethodSpec.methodBuilder("orUnknown");
    if (sentinel.deprecation() != null && enumNotDeprecated) {
      // It names the sentinel, which the page deprecates; a deprecated enum's member type is
      // deprecated itself, and names it without a warning.
      orUnknown.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
    type.addMethod(
        orUnknown
            .addModifiers(Modifier.PUBLIC)
            .returns(element)
            .addJavadoc(
                "Returns the constant of this member, or {@link $T#$L} for a member the enum does"
                    + " not know,\n",
                element,
                sentinel.name())
            .addJavadoc("as {@link $T#fromMemberNameOrUnknown} reads it.\n\n", element)
            .addJavadoc("@return the constant, or the sentinel\n")
            .addStatement("return known.orElse($T.$N)", element, sentinel.name())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("memberName")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                "Returns the Graph member name as it was received: what this member is written"
                    + " back as.\n\n")
            .addJavadoc("@return the member name\n")
            .addStatement("return memberName")
            .addAnnotations(json.writerAnnotations())
            .build());
  }

  /** {@code equals}, {@code hashCode} and {@code toString}, by member name. */
  private static void addObjectMethods(TypeSpec.Builder type, ClassName self) {
    type.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "other")
            .addJavadoc("Returns whether {@code other} is a member of the same name.\n\n")
            .addJavadoc("@param other an object\n")
            .addJavadoc("@return whether it is a member of the same name\n")
            .addStatement(
                "return other instanceof $T && memberName.equals((($T) other).memberName)",
                self,
                self)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addJavadoc("Returns the member name's hash code.\n\n")
            .addJavadoc("@return the hash code\n")
            .addStatement("return memberName.hashCode()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                "Returns the member name, as {@link #memberName()} does: Gson writes a map's keys"
                    + " with it.\n\n")
            .addJavadoc("@return the member name\n")
            .addStatement("return memberName")
            .build());
  }

  private static TypeName optionalOf(ClassName element) {
    return EnumRenderer.optionalOf(element);
  }
}
