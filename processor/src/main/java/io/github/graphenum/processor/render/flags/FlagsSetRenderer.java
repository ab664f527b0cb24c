package io.github.graphenum.processor.render.flags;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.render.json.JsonAdditions;
import io.github.graphenum.processor.render.json.JsonBinding;
import io.github.graphenum.processor.render.source.GeneratedAnnotation;
import io.github.graphenum.processor.render.source.GeneratedFiles;
import io.github.graphenum.processor.render.source.JavaText;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Writes the set type of a flags enum, {@code <Enum>Set}: an immutable {@link java.util.Set} of the
 * enum backed by the int mask of its members' bits, which reads and writes Graph's wire form
 * (member names joined by commas, {@link FlagsWireForm}). It is what a property of a flags enum is
 * declared as.
 *
 * <p>Its elements are the single-bit members, which {@code contains}, {@code size} and iteration
 * read from the mask; a named combination reads as its bits, and the empty member (value 0) is no
 * element. Equality and hash code follow the {@link java.util.Set} contract.
 */
public final class FlagsSetRenderer {

  private final GeneratedAnnotation generated;
  private final List<JsonBinding> bindings;

  /**
   * @param generated the {@code @Generated} annotation every set carries
   * @param bindings the JSON bindings switched on, whose additions each set carries
   */
  public FlagsSetRenderer(GeneratedAnnotation generated, List<JsonBinding> bindings) {
    this.generated = generated;
    this.bindings = List.copyOf(bindings);
  }

  /** The set type of the flags enum {@code model}: {@code <Enum>Set}, beside the enum. */
  public static ClassName setClass(ValidatedEnum model) {
    return setClass(ClassName.get(model.identity().packageName(), model.identity().className()));
  }

  /** The set type of the flags enum {@code element}. */
  public static ClassName setClass(ClassName element) {
    return element.peerClass(element.simpleName() + "Set");
  }

  /**
   * The sentinel of an evolvable flags enum whose value is a single bit, which a set can hold; null
   * otherwise, and then a name the enum does not know is an error as for any other enum.
   */
  public static ValidatedEnum.@Nullable Constant unknownMember(ValidatedEnum model) {
    ValidatedEnum.Constant sentinel = model.sentinel();
    return sentinel != null && Integer.bitCount(sentinel.value()) == 1 ? sentinel : null;
  }

  public JavaFile render(ValidatedEnum model, Element originatingElement) {
    FlagsSetShape shape =
        new FlagsSetShape(
            model,
            setClass(model),
            ClassName.get(model.identity().packageName(), model.identity().className()),
            unknownMember(model));
    JsonAdditions json =
        JsonAdditions.merge(
            bindings.stream()
                .map(b -> b.toFlagsSet(shape.set(), shape.element(), shape.unknown() != null))
                .toList());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(shape.set())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(
                ParameterizedTypeName.get(ClassName.get(AbstractSet.class), shape.element()))
            .addJavadoc("$L", javadoc(shape, json))
            .addOriginatingElement(originatingElement);
    generated.addTo(type, model.origin().what() + " " + model.origin().name());
    if (model.deprecation() != null) {
      // A set of a deprecated enum's members is deprecated with it.
      type.addJavadoc(
              "\n@deprecated its elements' enum, {@link $T}, is deprecated\n", shape.element())
          .addAnnotation(Deprecated.class);
    }
    type.addAnnotations(json.typeAnnotations()).addSuperinterfaces(json.superinterfaces());
    addState(type, shape);
    addFactories(type, shape);
    FlagsWireForm.addTo(type, shape, json);
    FlagsSetMethods.addTo(type, shape);
    type.addTypes(json.types());
    return GeneratedFiles.of(model.identity().packageName(), type.build());
  }

  private static CodeBlock javadoc(FlagsSetShape shape, JsonAdditions json) {
    List<ValidatedEnum.Constant> bits = FlagsSetShape.bits(shape.model());
    String first = bits.isEmpty() ? "a" : bits.get(0).memberName();
    String second = bits.size() < 2 ? "b" : bits.get(1).memberName();
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "A set of {@link $T} flags, in Graph's wire form: member names joined by commas,"
                    + " such as\n",
                shape.element())
            .add(
                "<code>\"$L\"</code>. Immutable, and backed by the bits of its members: {@link"
                    + " #contains},\n",
                JavaText.javadocText(first + "," + second))
            .add("{@link #size} and iteration look at one int.\n\n")
            .add(
                "<p>Its elements are the members of a single bit, in declaration order; a member"
                    + " that\n")
            .add("combines bits reads as those bits.");
    if (shape.empty() != null) {
      doc.add(
          " The empty member $L is no element: it is what\n"
              + "the empty set is written as, and reading it adds nothing.",
          shape.link(shape.empty()));
    }
    if (shape.unknown() != null) {
      doc.add(
              "\n\n"
                  + "<p>A member name that the enum does not know, a member the service added after"
                  + " this class was\n")
          .add(
              "generated, reads as $L, and the name is kept ({@link #unknownMemberNames})\n",
              shape.link(shape.unknown()))
          .add(
              "and written back, last, instead of the sentinel's own name, which is written beside"
                  + " them only\n")
          .add(
              "when it was read too: a value read and written again reaches the service with the"
                  + " names it\n")
          .add("had. Equality is by elements, as for every set.");
    } else {
      doc.add(
          "\n\n<p>A name that no member has is an {@link $T} that names it.",
          IllegalArgumentException.class);
    }
    for (CodeBlock paragraph : json.paragraphs()) {
      doc.add("\n\n<p>").add(paragraph);
    }
    return doc.add("\n").build();
  }

  private static void addState(TypeSpec.Builder type, FlagsSetShape shape) {
    CodeBlock.Builder bitList = CodeBlock.builder();
    List<ValidatedEnum.Constant> bits = FlagsSetShape.bits(shape.model());
    for (int i = 0; i < bits.size(); i++) {
      bitList.add(i == 0 ? "$T.$N" : ", $T.$N", shape.element(), bits.get(i).name());
    }
    // The arguments of the constructor after the mask: none, or no unknown name.
    CodeBlock nothingUnknown =
        shape.unknown() == null
            ? CodeBlock.of("")
            : CodeBlock.of(", $T.<$T>emptyList(), false", Collections.class, String.class);
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(shape.element()),
                "bitMembers",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "The members of a single bit, in declaration order: the elements a set can hold.\n")
            .initializer("{$L}", bitList.build())
            .addAnnotations(shape.suppressingDeprecationOf(bits))
            .build());
    type.addField(
        FieldSpec.builder(shape.set(), "empty", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The empty set, made once.\n")
            .initializer("new $T(0$L)", shape.set(), nothingUnknown)
            .build());
    type.addField(
        FieldSpec.builder(int.class, "mask", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The bits of the members this set holds.\n")
            .build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Creates a set.\n\n@param mask the bits of its members\n")
            .addParameter(int.class, "mask")
            .addStatement("this.mask = mask");
    MethodSpec.Builder create =
        MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(shape.set())
            .addJavadoc(
                "The set of a mask of documented bits$L; the empty set made once for 0.\n\n",
                shape.unknown() == null ? "" : ", with no name the enum does not know")
            .addJavadoc("@param mask the bits of its members\n")
            .addJavadoc("@return the set\n")
            .addParameter(int.class, "mask")
            .addStatement("return mask == 0 ? empty : new $T(mask$L)", shape.set(), nothingUnknown);
    ValidatedEnum.Constant sentinel = shape.unknown();
    if (sentinel != null) {
      addUnknownNames(type, shape, sentinel, constructor);
    }
    type.addMethod(constructor.build());
    type.addMethod(create.build());
    if (sentinel != null) {
      type.addMethod(createRead(shape, sentinel));
    }
  }

  /**
   * The state of an evolvable enum's set beyond its mask: the names it was read with that the enum
   * does not know, and whether the sentinel ({@code sentinel}) was named too. Both are kept to
   * write the value back as it came; neither takes part in equality.
   */
  private static void addUnknownNames(
      TypeSpec.Builder type,
      FlagsSetShape shape,
      ValidatedEnum.Constant sentinel,
      MethodSpec.Builder constructor) {
    type.addField(
        FieldSpec.builder(
                FlagsSetShape.STRING_LIST, "unknownMemberNames", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc(
                "The member names the enum does not know, each once, in the order they first"
                    + " came;\n")
            .addJavadoc("unmodifiable.\n")
            .build());
    type.addField(
        FieldSpec.builder(boolean.class, "sentinelNamed", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc(
                "Whether $L was read by its own name beside names the enum does not know, and so"
                    + " is\n",
                shape.link(sentinel))
            .addJavadoc("written back beside them.\n")
            .build());
    constructor
        .addJavadoc(
            "@param unknownMemberNames the member names the enum does not know, unmodifiable\n")
        .addJavadoc("@param sentinelNamed whether the sentinel was named beside them\n")
        .addParameter(FlagsSetShape.STRING_LIST, "unknownMemberNames")
        .addParameter(boolean.class, "sentinelNamed")
        .addStatement("this.unknownMemberNames = unknownMemberNames")
        .addStatement("this.sentinelNamed = sentinelNamed");
  }

  /**
   * {@code create(int, Set)}: the set of a mask read from names, and of the names the sentinel
   * stands for.
   */
  private static MethodSpec createRead(FlagsSetShape shape, ValidatedEnum.Constant sentinel) {
    return MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(shape.set())
        .addJavadoc(
            "The set of a mask read from names, which keeps the names read as $L.\n\n",
            shape.link(sentinel))
        .addJavadoc("@param mask the bits of its members\n")
        .addJavadoc(
            "@param sentinelNames the names read as the sentinel, each once, in the order they"
                + " first came:\n")
        .addJavadoc("    those the enum does not know, and the sentinel's own\n")
        .addJavadoc("@return the set\n")
        .addParameter(int.class, "mask")
        .addParameter(FlagsSetShape.STRING_SET, "sentinelNames")
        .addAnnotations(shape.suppressingDeprecationOf(List.of(shape.unknown())))
        .addStatement(
            "boolean sentinelNamed = sentinelNames.remove($L.memberName())", shape.sentinel())
        .beginControlFlow("if (sentinelNames.isEmpty())")
        .addStatement("return create(mask)")
        .endControlFlow()
        .addStatement(
            "return new $T(mask, $T.unmodifiableList(new $T<>(sentinelNames)), sentinelNamed)",
            shape.set(),
            Collections.class,
            ArrayList.class)
        .build();
  }

  /** {@code of}, {@code copyOf}, {@code fromMask} and {@code toMask}. */
  private static void addFactories(TypeSpec.Builder type, FlagsSetShape shape) {
    TypeName collection =
        ParameterizedTypeName.get(ClassName.get(Collection.class), shape.element());
    type.addMethod(
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(shape.set())
            .addParameter(ArrayTypeName.of(shape.element()), "members")
            .varargs()
            .addJavadoc(
                "Returns the set of some members. A member that combines bits adds those"
                    + " bits$L.\n\n",
                shape.empty() == null ? "" : "; the empty\nmember adds nothing")
            .addJavadoc("@param members members of {@link $T}\n", shape.element())
            .addJavadoc("@return their set\n")
            .addJavadoc("@throws $T if a member is null\n", NullPointerException.class)
            .addStatement("return copyOf($T.asList(members))", Arrays.class)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("copyOf")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(shape.set())
            .addParameter(collection, "members")
            .addJavadoc(
                "Returns the set of the members of a collection, as {@link #of} does; a set of this"
                    + " type is\n")
            .addJavadoc("returned as it is.\n\n")
            .addJavadoc("@param members members of {@link $T}\n", shape.element())
            .addJavadoc("@return their set\n")
            .addJavadoc(
                "@throws $T if {@code members} is or holds null\n", NullPointerException.class)
            .beginControlFlow("if (members instanceof $T)", shape.set())
            .addStatement("return ($T) members", shape.set())
            .endControlFlow()
            .addStatement("int mask = 0")
            .beginControlFlow("for ($T member : members)", shape.element())
            .addStatement("mask |= member.value()")
            .endControlFlow()
            .addStatement("return create(mask)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromMask")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(shape.set())
            .addParameter(int.class, "mask")
            .addJavadoc(
                "Returns the set of the single-bit members whose bits are set in a mask.\n\n")
            .addJavadoc("@param mask a bitwise OR of member values\n")
            .addJavadoc("@return the set of the members of its bits; empty for 0\n")
            .addJavadoc(
                "@throws $T if the mask has a bit that no member has\n",
                IllegalArgumentException.class)
            .addStatement("int unknown = $L", unknownBits(shape.model()))
            .beginControlFlow("if (unknown != 0)")
            .addStatement(
                "throw new $T($S + $T.toHexString(unknown) + $S + mask)",
                IllegalArgumentException.class,
                shape.model().identity().className() + " has no member for bits 0x",
                Integer.class,
                " of mask ")
            .endControlFlow()
            .addStatement("return create(mask)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toMask")
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addJavadoc("Returns the bitwise OR of the members' values.\n\n@return the mask\n")
            .addStatement("return mask")
            .build());
  }

  /** The bits of {@code mask} that no member has: {@code mask & ~0x<documented bits>}. */
  public static CodeBlock unknownBits(ValidatedEnum model) {
    return CodeBlock.of("mask & ~0x$L", Integer.toHexString(FlagsSetShape.documentedBits(model)));
  }
}
