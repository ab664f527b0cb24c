package io.github.graphenum.processor.render;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The table behind a generated enum's value lookups, chosen by the values' shape so that a lookup
 * costs about one array read and allocates nothing:
 *
 * <ul>
 *   <li>values close together (a span of at most 64, or of at most 4 slots per constant): an array
 *       indexed by {@code value - min};
 *   <li>values far apart whose low bits already differ (clusters of consecutive values, as Graph
 *       puts far from the small ones): a perfect hash that is only a mask, {@code value & mask},
 *       each slot's value kept beside it;
 *   <li>other values far apart: a perfect hash, {@code (value * M) >>> shift}, with a multiplier
 *       found here so that no two values share a slot (a multiply costs a lookup about half an
 *       array read more than a mask, measured by {@code SparseValueShapes});
 *   <li>values no small perfect hash separates (many values, far apart): an open-addressing table,
 *       at most half full, probed linearly.
 * </ul>
 *
 * The perfect hashes come from {@link PerfectHashes}, whose search is deterministic: the same
 * values give the same code.
 */
final class ValueTables {
  private static final int SMALL_SPAN = 64;
  private static final int DENSITY = 4;

  private static final CodeBlock CONSTANT_OF_JAVADOC =
      CodeBlock.of(
          """
          The constant of a value, without allocating.

          @param value a value
          @return the constant, or null if no member has that value
          """);

  private ValueTables() {}

  /**
   * Adds the table's fields and {@code constantOf(int)} to {@code type}.
   *
   * @param before statements of the static initializer before its loop over the constants
   * @param perConstant statements of that loop, for {@code constant}
   */
  static void add(
      TypeSpec.Builder type,
      ClassName self,
      List<Integer> values,
      CodeBlock.Builder before,
      CodeBlock.Builder perConstant) {
    int min = values.stream().mapToInt(Integer::intValue).min().orElse(0);
    int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
    long span = (long) max - min + 1;
    if (span <= SMALL_SPAN || span <= (long) DENSITY * values.size()) {
      addDense(type, self, min, (int) span, perConstant);
      return;
    }
    int maskBits = PerfectHashes.lowBits(values);
    if (maskBits > 0) {
      addPerfectHash(
          type,
          self,
          "value & " + ((1 << maskBits) - 1),
          "",
          1 << maskBits,
          values,
          before,
          perConstant);
      return;
    }
    PerfectHashes.Multiplicative perfect = PerfectHashes.multiplicative(values);
    if (perfect != null) {
      addPerfectHash(
          type,
          self,
          perfect.slotOf("value"),
          perfect.javadoc(),
          1 << perfect.bits(),
          values,
          before,
          perConstant);
    } else {
      addOpenAddressing(type, self, values.size(), perConstant);
    }
  }

  /** Values close together: an array indexed by {@code value - min}. */
  private static void addDense(
      TypeSpec.Builder type, ClassName self, int min, int span, CodeBlock.Builder perConstant) {
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(self),
                "byValue",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "Constants by value: slot {@code $L} holds the constant of that value.\n",
                offset("value", min))
            .initializer("new $T[$L]", self, span)
            .build());
    perConstant.addStatement("byValue[$L] = constant", offset("constant.value", min));
    MethodSpec.Builder constantOf = constantOf(self);
    if (min == 0) {
      constantOf.addStatement(
          "return value >= 0 && value < byValue.length ? byValue[value] : null");
    } else {
      // Overflow is harmless: a value outside the table wraps to an index outside it too.
      constantOf
          .addStatement("int index = $L", offset("value", min))
          .addStatement("return index >= 0 && index < byValue.length ? byValue[index] : null");
    }
    type.addMethod(constantOf.build());
  }

  /**
   * Values far apart: slot {@code slot} (an expression of the looked-up value, different for every
   * member) holds the constant of that value and, in {@code valueKeys}, the value itself, so that a
   * lookup is two array reads and a compare.
   */
  private static void addPerfectHash(
      TypeSpec.Builder type,
      ClassName self,
      String slot,
      String slotJavadoc,
      int size,
      List<Integer> values,
      CodeBlock.Builder before,
      CodeBlock.Builder perConstant) {
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(self),
                "byValue",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "Constants by value: a perfect hash, slot {@code $L}.\n$L", slot, slotJavadoc)
            .initializer("new $T[$L]", self, size)
            .build());
    type.addField(
        FieldSpec.builder(
                int[].class, "valueKeys", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The value of each slot of {@code byValue}. An empty slot holds a value that hashes"
                    + " to\n")
            .addJavadoc("another slot, so that no lookup matches it.\n")
            .initializer("new int[$L]", size)
            .build());
    if (!values.contains(0)) {
      // An empty slot holds 0, which a lookup of 0 might reach. A member's value hashes to its own
      // slot, which is taken, so empty slots holding it match no lookup. (When 0 is a member's
      // value, the array's zeros are already such a value.)
      before.addStatement("$T.fill(valueKeys, $L)", Arrays.class, values.get(0));
    }
    perConstant
        .addStatement("int valueSlot = $L", slot.replace("value", "constant.value"))
        .addStatement("byValue[valueSlot] = constant")
        .addStatement("valueKeys[valueSlot] = constant.value");
    type.addMethod(
        constantOf(self)
            .addStatement("int slot = $L", slot)
            .addStatement("return valueKeys[slot] == value ? byValue[slot] : null")
            .build());
  }

  /** Values a small perfect hash does not separate: an open-addressing table, at most half full. */
  private static void addOpenAddressing(
      TypeSpec.Builder type, ClassName self, int count, CodeBlock.Builder perConstant) {
    int size = Integer.highestOneBit(Math.max(1, count * 2 - 1)) << 1;
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(self),
                "byValue",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("Constants by value: an open-addressing hash table, at most half full.\n")
            .initializer("new $T[$L]", self, size)
            .build());
    perConstant
        .addStatement("int valueSlot = slotOf(constant.value)")
        .beginControlFlow("while (byValue[valueSlot] != null)")
        .addStatement("valueSlot = (valueSlot + 1) & (byValue.length - 1)")
        .endControlFlow()
        .addStatement("byValue[valueSlot] = constant");
    type.addMethod(
        constantOf(self)
            .beginControlFlow(
                "for (int slot = slotOf(value); byValue[slot] != null; slot = (slot + 1) &"
                    + " (byValue.length - 1))")
            .beginControlFlow("if (byValue[slot].value == value)")
            .addStatement("return byValue[slot]")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return null")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("slotOf")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(int.class)
            .addParameter(int.class, "value")
            .addJavadoc(
                "The home slot of a value: a Fibonacci hash (0x9e3779b9 is 2^32 divided by the"
                    + " golden\n")
            .addJavadoc("ratio), so that powers of two spread too.\n\n")
            .addJavadoc("@param value a value\n")
            .addJavadoc("@return its first slot in {@code byValue}\n")
            .addStatement("int hash = value * 0x$L", Integer.toHexString(PerfectHashes.GOLDEN))
            .addStatement("return (hash ^ (hash >>> 16)) & (byValue.length - 1)")
            .build());
  }

  private static MethodSpec.Builder constantOf(ClassName self) {
    return MethodSpec.methodBuilder("constantOf")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(self)
        .addParameter(int.class, "value")
        .addJavadoc(CONSTANT_OF_JAVADOC);
  }

  private static String offset(String expression, int min) {
    if (min == 0) {
      return expression;
    }
    if (min == Integer.MIN_VALUE) {
      return expression + " - (-2147483648)"; // no class name: the enum may shadow Integer
    }
    return min > 0 ? expression + " - " + min : expression + " + " + -min;
  }
}
