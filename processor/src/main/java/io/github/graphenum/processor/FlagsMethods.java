package io.github.graphenum.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The methods of a flags enum: masks ({@code toMask}, {@code fromMask}, {@code findByMask}) and
 * Graph's wire form, member names joined by commas ({@code parseMemberNames}, {@code
 * formatMemberNames}). The validator has checked that every value is a bit, 0, or a combination of
 * documented bits.
 *
 * <p>A member of value 0 (an "empty" member such as {@code none}) stands for the empty set: it is
 * what an empty set formats to, and parsing it adds nothing. A mask decomposes into single-bit
 * members only; a named combination is one way to write its bits.
 */
final class FlagsMethods {
  private FlagsMethods() {}

  static void addTo(TypeSpec.Builder type, ClassName self, ValidatedEnum model) {
    TypeName set = ParameterizedTypeName.get(ClassName.get(Set.class), self);
    List<ValidatedEnum.Constant> bits =
        model.constants().stream().filter(c -> Integer.bitCount(c.value()) == 1).toList();
    ValidatedEnum.Constant empty =
        model.constants().stream().filter(c -> c.value() == 0).findFirst().orElse(null);
    int allBits = bits.stream().mapToInt(ValidatedEnum.Constant::value).reduce(0, (a, b) -> a | b);
    String unknownBits = "(mask & ~0x" + Integer.toHexString(allBits) + ")";

    CodeBlock.Builder bitList = CodeBlock.builder();
    for (int i = 0; i < bits.size(); i++) {
      bitList.add(i == 0 ? "$L" : ", $L", bits.get(i).name());
    }
    type.addField(
        FieldSpec.builder(ArrayTypeName.of(self), "bitMembers", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The members of a single bit, in declaration order: what a mask decomposes into.\n")
            .initializer("{$L}", bitList.build())
            .build());
    type.addField(
        FieldSpec.builder(ArrayTypeName.of(self), "declared", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Every member, in declaration order, copied once.\n")
            .initializer("values()")
            .build());

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
            .returns(set)
            .addParameter(int.class, "mask")
            .addJavadoc("Returns the single-bit members whose bits are set in a mask.\n\n")
            .addJavadoc("@param mask a bitwise OR of member values\n")
            .addJavadoc("@return a new set of the members of its bits; empty for 0\n")
            .addJavadoc("@throws $T if the mask has a bit that no member has\n", IllegalArgumentException.class)
            .addStatement("int unknown = $L", unknownBits.substring(1, unknownBits.length() - 1))
            .beginControlFlow("if (unknown != 0)")
            .addStatement(
                "throw new $T($S + $T.toHexString(unknown) + $S + mask)",
                IllegalArgumentException.class,
                model.className() + " has no member for bits 0x",
                Integer.class,
                " of mask ")
            .endControlFlow()
            .addStatement("return membersOf(mask)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("findByMask")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), set))
            .addParameter(int.class, "mask")
            .addJavadoc("Finds the single-bit members whose bits are set in a mask.\n\n")
            .addJavadoc("@param mask a bitwise OR of member values\n")
            .addJavadoc("@return a new set of the members of its bits, or empty if the mask has a bit that no\n")
            .addJavadoc("    member has\n")
            .addStatement("return $L != 0 ? $T.<$T>empty() : $T.<$T>of(membersOf(mask))", unknownBits, Optional.class, set, Optional.class, set)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("membersOf")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(set)
            .addParameter(int.class, "mask")
            .addJavadoc("The single-bit members of a mask that has no unknown bit.\n\n")
            .addJavadoc("@param mask a mask of documented bits\n")
            .addJavadoc("@return a new set of its members\n")
            .addStatement("$T<$T> members = $T.noneOf($T.class)", EnumSet.class, self, EnumSet.class, self)
            .beginControlFlow("for ($T member : bitMembers)", self)
            .beginControlFlow("if ((mask & member.value) != 0)")
            .addStatement("members.add(member)")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return members")
            .build());

    MethodSpec.Builder parse =
        MethodSpec.methodBuilder("parseMemberNames")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(set)
            .addParameter(String.class, "memberNames")
            .addJavadoc("Parses Graph's wire form of a set of flags: member names joined by commas, such as\n")
            .addJavadoc("<code>\"$L\"</code>. Whitespace around a name is ignored; a blank string is the empty set.\n", example(bits))
            .addJavadoc(empty == null ? "" : "The empty member <code>" + JavaText.javadocText(empty.memberName()) + "</code> adds nothing.\n")
            .addJavadoc("\n@param memberNames the names, joined by commas\n")
            .addJavadoc("@return a new set of the named members\n")
            .addJavadoc("@throws $T if a name is no member's\n", IllegalArgumentException.class)
            .addStatement("$T<$T> members = $T.noneOf($T.class)", EnumSet.class, self, EnumSet.class, self)
            .beginControlFlow("if (memberNames.trim().isEmpty())")
            .addStatement("return members")
            .endControlFlow()
            .beginControlFlow("for ($T memberName : memberNames.split($S, -1))", String.class, ",")
            .addStatement("$T member = fromMemberName(memberName.trim())", self);
    if (empty != null) {
      parse.beginControlFlow("if (member != $T.$N)", self, empty.name()).addStatement("members.add(member)").endControlFlow();
    } else {
      parse.addStatement("members.add(member)");
    }
    type.addMethod(parse.endControlFlow().addStatement("return members").build());

    type.addMethod(
        MethodSpec.methodBuilder("formatMemberNames")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(set, "members")
            .addJavadoc("Formats a set of flags in Graph's wire form: the member names in declaration order,\n")
            .addJavadoc("joined by commas.\n\n")
            .addJavadoc("@param members a set of members\n")
            .addJavadoc(
                empty == null
                    ? "@return the names joined by commas; empty for the empty set\n"
                    : "@return the names joined by commas; <code>" + JavaText.javadocText(empty.memberName()) + "</code> for the empty set\n")
            .addStatement("$T names = new $T()", StringBuilder.class, StringBuilder.class)
            .beginControlFlow("for ($T member : declared)", self)
            .beginControlFlow(empty == null ? CodeBlock.of("if (members.contains(member))") : CodeBlock.of("if (member != $T.$N && members.contains(member))", self, empty.name()))
            .addStatement("names.append(names.length() == 0 ? $S : $S).append(member.memberName)", "", ",")
            .endControlFlow()
            .endControlFlow()
            .addStatement(
                empty == null
                    ? CodeBlock.of("return names.toString()")
                    : CodeBlock.of("return names.length() == 0 ? $T.$N.memberName : names.toString()", self, empty.name()))
            .build());
  }

  private static String example(List<ValidatedEnum.Constant> bits) {
    String first = bits.isEmpty() ? "a" : bits.get(0).memberName();
    String second = bits.size() < 2 ? "b" : bits.get(1).memberName();
    return JavaText.javadocText(first + "," + second);
  }
}
