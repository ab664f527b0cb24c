package io.github.graphenum.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * The table behind a generated enum's value lookups, chosen by the values' shape so that a lookup
 * costs about one array read and allocates nothing:
 *
 * <ul>
 *   <li>values close together (a span of at most 64, or of at most 4 slots per constant): an
 *       array indexed by {@code value - min};
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
 * The search for a multiplier is deterministic: the same values give the same code.
 */
final class ValueTables {
  private static final int SMALL_SPAN = 64;
  private static final int DENSITY = 4;
  /** A perfect hash table may have at most this many slots per constant (rounded to a power of 2). */
  private static final int MAX_SLOTS_PER_CONSTANT = 8;
  private static final int TRIES_PER_SIZE = 2000;
  private static final int GOLDEN = 0x9E3779B9;

  private static final CodeBlock CONSTANT_OF_JAVADOC =
      CodeBlock.of("The constant of a value, without allocating.\n\n@param value a value\n@return the constant, or null if no member has that value\n");

  private ValueTables() {}

  /**
   * Adds the table's fields and {@code constantOf(int)} to {@code type}.
   *
   * @param before statements of the static initializer before its loop over the constants
   * @param perConstant statements of that loop, for {@code constant}
   */
  static void add(TypeSpec.Builder type, ClassName self, List<Integer> values, CodeBlock.Builder before, CodeBlock.Builder perConstant) {
    int min = values.stream().mapToInt(Integer::intValue).min().orElse(0);
    int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
    long span = (long) max - min + 1;
    if (span <= SMALL_SPAN || span <= (long) DENSITY * values.size()) {
      addDense(type, self, min, (int) span, perConstant);
      return;
    }
    int maskBits = lowBitsHash(values);
    if (maskBits > 0) {
      addPerfectHash(type, self, "value & " + ((1 << maskBits) - 1), 1 << maskBits, values.get(0), before, perConstant);
      return;
    }
    int[] perfect = perfectHash(values);
    if (perfect != null) {
      String slot = "(value * 0x" + Integer.toHexString(perfect[0]) + ") >>> " + (32 - perfect[1]);
      addPerfectHash(type, self, slot, 1 << perfect[1], values.get(0), before, perConstant);
    } else {
      addOpenAddressing(type, self, values.size(), perConstant);
    }
  }

  /** Values close together: an array indexed by {@code value - min}. */
  private static void addDense(TypeSpec.Builder type, ClassName self, int min, int span, CodeBlock.Builder perConstant) {
    type.addField(
        FieldSpec.builder(EnumRenderer.arrayOf(self), "byValue", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Constants by value: slot {@code $L} holds the constant of that value.\n", offset("value", min))
            .initializer("new $T[$L]", self, span)
            .build());
    perConstant.addStatement("byValue[$L] = constant", offset("constant.value", min));
    type.addMethod(
        constantOf(self)
            // Overflow is harmless: a value outside the table wraps to an index outside it too.
            .addStatement("int index = $L", offset("value", min))
            .addStatement("return index >= 0 && index < byValue.length ? byValue[index] : null")
            .build());
  }

  /**
   * Values far apart: slot {@code slot} (an expression of {@code value}, different for every
   * member) holds the constant of that value and, in {@code valueKeys}, the value itself, so that
   * a lookup is two array reads and a compare.
   */
  private static void addPerfectHash(
      TypeSpec.Builder type, ClassName self, String slot, int size, int anyValue, CodeBlock.Builder before, CodeBlock.Builder perConstant) {
    type.addField(
        FieldSpec.builder(EnumRenderer.arrayOf(self), "byValue", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Constants by value: a perfect hash, slot {@code $L}.\n", slot)
            .initializer("new $T[$L]", self, size)
            .build());
    type.addField(
        FieldSpec.builder(int[].class, "valueKeys", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The value of each slot of {@code byValue}. An empty slot holds a value that hashes to\n")
            .addJavadoc("another slot, so that no lookup matches it.\n")
            .initializer("new int[$L]", size)
            .build());
    // A member's value hashes to its own slot, which is taken: no empty slot can match it.
    before.addStatement("$T.fill(valueKeys, $L)", Arrays.class, anyValue);
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
  private static void addOpenAddressing(TypeSpec.Builder type, ClassName self, int count, CodeBlock.Builder perConstant) {
    int size = Integer.highestOneBit(Math.max(1, count * 2 - 1)) << 1;
    type.addField(
        FieldSpec.builder(EnumRenderer.arrayOf(self), "byValue", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
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
            .beginControlFlow("for (int slot = slotOf(value); byValue[slot] != null; slot = (slot + 1) & (byValue.length - 1))")
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
            .addJavadoc("The home slot of a value: a Fibonacci hash, so that powers of two spread too.\n\n")
            .addJavadoc("@param value a value\n")
            .addJavadoc("@return its first slot in {@code byValue}\n")
            .addStatement("int hash = value * 0x$L", Integer.toHexString(GOLDEN))
            .addStatement("return (hash ^ (hash >>> 16)) & (byValue.length - 1)")
            .build());
  }

  /**
   * The fewest low bits, within {@link #MAX_SLOTS_PER_CONSTANT} slots per constant, that differ for
   * every value, so that {@code value & mask} is a perfect hash; 0 when there are none.
   */
  static int lowBitsHash(List<Integer> values) {
    // A perfect hash needs no free slots: the table may be as small as the values.
    int minBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, values.size() - 1));
    int maxBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, values.size() * MAX_SLOTS_PER_CONSTANT - 1));
    Set<Integer> slots = new HashSet<>();
    for (int bits = Math.max(1, minBits); bits <= Math.min(maxBits, 30); bits++) {
      int mask = (1 << bits) - 1;
      if (separates(values, value -> value & mask, slots)) {
        return bits;
      }
    }
    return 0;
  }

  /**
   * A multiplier and a table size, {@code {multiplier, bits}}, such that {@code (value *
   * multiplier) >>> (32 - bits)} differs for every value; {@code null} when none is found within
   * {@link #MAX_SLOTS_PER_CONSTANT} slots per constant.
   */
  static int[] perfectHash(List<Integer> values) {
    int minBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, values.size() * 2 - 1));
    int maxBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, values.size() * MAX_SLOTS_PER_CONSTANT - 1));
    Set<Integer> slots = new HashSet<>();
    for (int bits = Math.max(1, minBits); bits <= Math.min(maxBits, 30); bits++) {
      for (int attempt = 0; attempt < TRIES_PER_SIZE; attempt++) {
        int multiplier = (GOLDEN * (2 * attempt + 1)) | 1;
        int shift = 32 - bits;
        if (separates(values, value -> (value * multiplier) >>> shift, slots)) {
          return new int[] {multiplier, bits};
        }
      }
    }
    return null;
  }

  /** Whether {@code slot} sends every value to a slot of its own; {@code slots} is scratch space. */
  private static boolean separates(List<Integer> values, IntUnaryOperator slot, Set<Integer> slots) {
    slots.clear();
    for (int value : values) {
      if (!slots.add(slot.applyAsInt(value))) {
        return false;
      }
    }
    return true;
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
      return expression + " - Integer.MIN_VALUE";
    }
    return min > 0 ? expression + " - " + min : expression + " + " + -min;
  }
}
