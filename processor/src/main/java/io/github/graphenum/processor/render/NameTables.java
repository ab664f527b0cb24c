package io.github.graphenum.processor.render;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.render.flags.FlagsSetRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The table behind a generated enum's name lookups: {@code constantNamed(String)}, which every name
 * lookup calls. A perfect hash of the names' {@link String#hashCode()} (specified, so the same on
 * every JVM) when one separates them: a lookup is then one hash, one {@code equals} and two array
 * reads, with no hash-map node to follow. Names whose hash codes collide (they exist: {@code "Aa"}
 * and {@code "BB"}) get a {@link HashMap}.
 */
public final class NameTables {
  private NameTables() {}

  /**
   * Adds the table's fields and {@code constantNamed(String)} to {@code type}, and for a flags enum
   * {@code constantNamed(String, int, int)}, which its set type reads the wire form with.
   *
   * @param perConstant statements of the static initializer's loop over the constants
   * @param inText whether to add {@code constantNamed(String, int, int)}
   */
  static void add(
      TypeSpec.Builder type,
      ClassName self,
      List<String> names,
      CodeBlock.Builder perConstant,
      boolean inText) {
    PerfectHashes.Multiplicative perfect =
        PerfectHashes.multiplicative(names.stream().map(String::hashCode).toList());
    MethodSpec.Builder constantNamed =
        MethodSpec.methodBuilder("constantNamed")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "memberName")
            .addJavadoc("The constant of a member name, without allocating.\n\n")
            .addJavadoc("@param memberName a member name, not null\n")
            .addJavadoc("@return the constant, or null if no member has that name\n");
    MethodSpec.Builder inTextNamed =
        MethodSpec.methodBuilder("constantNamed")
            .addModifiers(Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "text")
            .addParameter(int.class, "start")
            .addParameter(int.class, "end")
            .addJavadoc(
                "The constant of the member name in {@code text} from {@code start} to {@code end},"
                    + " without\n")
            .addJavadoc(
                "making a string of it: {@link $T} reads Graph's wire form with it.\n\n",
                FlagsSetRenderer.setClass(self))
            .addJavadoc("@param text a text that holds a member name\n")
            .addJavadoc("@param start where the name starts\n")
            .addJavadoc("@param end where it ends\n")
            .addJavadoc("@return the constant, or null if no member has that name\n");
    if (perfect != null) {
      String slot = perfect.slotOf("memberName.hashCode()");
      int size = 1 << perfect.bits();
      type.addField(
          FieldSpec.builder(
                  ArrayTypeName.of(self),
                  "byMemberName",
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "Constants by member name: a perfect hash of the names' hash codes, slot {@code"
                      + " $L}.\n",
                  slot)
              .addJavadoc(perfect.javadoc())
              .initializer("new $T[$L]", self, size)
              .build());
      type.addField(
          FieldSpec.builder(
                  String[].class, "memberNames", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "The member name of each slot of {@code byMemberName}; null where empty.\n")
              .initializer("new $T[$L]", String.class, size)
              .build());
      perConstant
          .addStatement("int nameSlot = $L", slot.replace("memberName", "constant.memberName"))
          .addStatement("byMemberName[nameSlot] = constant")
          .addStatement("memberNames[nameSlot] = constant.memberName");
      constantNamed
          .addStatement("int slot = $L", slot)
          .addStatement("return memberName.equals(memberNames[slot]) ? byMemberName[slot] : null");
      inTextNamed
          // String.hashCode() of the name, without making the String.
          .addStatement("int hash = 0")
          .beginControlFlow("for (int i = start; i < end; i++)")
          .addStatement("hash = 31 * hash + text.charAt(i)")
          .endControlFlow()
          .addStatement("int slot = $L", perfect.slotOf("hash"))
          .addStatement("$T memberName = memberNames[slot]", String.class)
          .addStatement(
              "return memberName != null && memberName.length() == end - start &&"
                  + " text.startsWith(memberName, start) ? byMemberName[slot] : null");
    } else {
      TypeName map =
          ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
      type.addField(
          FieldSpec.builder(map, "byMemberName", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "Constants by member name (two names share a hash code, so no perfect hash).\n")
              .initializer("new $T<>($L)", HashMap.class, (int) Math.ceil(names.size() / 0.75))
              .build());
      perConstant.addStatement("byMemberName.put(constant.memberName, constant)");
      constantNamed.addStatement("return byMemberName.get(memberName)");
      inTextNamed.addStatement("return byMemberName.get(text.substring(start, end))");
    }
    type.addMethod(constantNamed.build());
    if (inText) {
      type.addMethod(inTextNamed.build());
    }
  }
}
