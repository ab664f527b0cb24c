package io.github.graphenum.processor.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.render.flags.FlagsSetRenderer;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The methods of a flags enum: masks ({@code toMask}, {@code fromMask}, {@code findByMask}) and
 * Graph's wire form, member names joined by commas ({@code parseMemberNames}, {@code
 * formatMemberNames}). Sets of members are the enum's set type ({@link FlagsSetRenderer}), which
 * does the work: these methods are where a user of the enum looks for it first.
 */
final class FlagsMethods {
  private FlagsMethods() {}

  static void addTo(TypeSpec.Builder type, ClassName self, ValidatedEnum model) {
    TypeName set = ParameterizedTypeName.get(ClassName.get(Set.class), self);
    ClassName setType = FlagsSetRenderer.setClass(model);
    type.addMethod(
        MethodSpec.methodBuilder("toMask")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(int.class)
            .addParameter(set, "members")
            .addJavadoc("Returns the bitwise OR of the members' values.\n\n")
            .addJavadoc("@param members a set of members\n")
            .addJavadoc("@return their mask\n")
            .addStatement("int mask = 0")
            .beginControlFlow("for ($T member : members)", self)
            .addStatement("mask |= member.value")
            .endControlFlow()
            .addStatement("return mask")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromMask")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(setType)
            .addParameter(int.class, "mask")
            .addJavadoc(
                "Returns the set of the single-bit members whose bits are set in a mask.\n\n")
            .addJavadoc("@param mask a bitwise OR of member values\n")
            .addJavadoc("@return the set of the members of its bits; empty for 0\n")
            .addJavadoc(
                "@throws $T if the mask has a bit that no member has\n",
                IllegalArgumentException.class)
            .addStatement("return $T.fromMask(mask)", setType)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("findByMask")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), setType))
            .addParameter(int.class, "mask")
            .addJavadoc("Finds the set of the single-bit members whose bits are set in a mask.\n\n")
            .addJavadoc("@param mask a bitwise OR of member values\n")
            .addJavadoc(
                "@return the set of the members of its bits, or empty if the mask has a bit that"
                    + " no\n")
            .addJavadoc("    member has\n")
            .addStatement(
                "return ($L) != 0 ? $T.<$T>empty() : $T.of($T.fromMask(mask))",
                FlagsSetRenderer.unknownBits(model),
                Optional.class,
                setType,
                Optional.class,
                setType)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("parseMemberNames")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(setType)
            .addParameter(String.class, "memberNames")
            .addJavadoc(
                "Parses Graph's wire form of a set of flags, member names joined by commas, as\n")
            .addJavadoc("{@link $T#parse} does.\n\n", setType)
            .addJavadoc("@param memberNames the names, joined by commas\n")
            .addJavadoc("@return the set of the named members\n")
            .addJavadoc(
                "@throws $T if a name is $L\n",
                IllegalArgumentException.class,
                FlagsSetRenderer.unknownMember(model) == null ? "no member's" : "empty")
            .addStatement("return $T.parse(memberNames)", setType)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("formatMemberNames")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(set, "members")
            .addJavadoc(
                "Formats a set of flags in Graph's wire form, as {@link $T#wireForm} does.\n\n",
                setType)
            .addJavadoc("@param members a set of members\n")
            .addJavadoc("@return the names joined by commas\n")
            .addStatement("return $T.copyOf(members).wireForm()", setType)
            .build());
  }
}
