package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.page.Description;
import io.github.graphenum.processor.render.EnumRenderer;
import io.github.graphenum.processor.testing.EnumModels;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.GraphValues;
import io.github.graphenum.processor.testing.InMemoryJavac;
import io.github.graphenum.processor.testing.Renderers;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated code itself: enums rendered from hand-made models, compiled with every lint as an
 * error and every doclint check, loaded, and called. Value sets cover every table shape (dense
 * array, masked and multiplicative perfect hashes, open-addressing table) and the ends of the int
 * range, where index arithmetic overflows.
 */
class GeneratedLookupsTest {
  private static final EnumRenderer RENDERER = Renderers.PLAIN;

  /** The values of v1.0 {@code iosUpdatesInstallStatus}: two clusters 2 billion apart. */
  static final int[] IOS_UPDATES_INSTALL_STATUS =
      GraphValues.IOS_UPDATES_INSTALL_STATUS.stream().mapToInt(Integer::intValue).toArray();

  /** 500 random values: more than a small perfect hash separates. */
  static final int[] MANY_SPARSE = new Random(7).ints().distinct().limit(500).toArray();

  static List<int[]> valueSets() {
    return List.of(
        new int[] {0, 1, 2, 3},
        new int[] {-1, 0, 5, 2},
        new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1},
        new int[] {Integer.MAX_VALUE - 1, Integer.MAX_VALUE},
        new int[] {1, 2, 4, 8, 16, 32, 64, 1 << 30},
        new int[] {Integer.MIN_VALUE, -7, 0, 7, Integer.MAX_VALUE},
        new int[] {-2016336109, 0, 1, 16777216},
        IntStream.range(0, 50).map(i -> i * 31 - 700).toArray(),
        IOS_UPDATES_INSTALL_STATUS,
        MANY_SPARSE);
  }

  @Test
  void namesWhoseHashCodesCollideGetAHashMap() throws Throwable {
    List<ValidatedEnum.Constant> constants =
        List.of(
            new ValidatedEnum.Constant("AA", "Aa", 0, Description.EMPTY),
            new ValidatedEnum.Constant("BB", "BB", 1, Description.EMPTY));
    assertEquals("Aa".hashCode(), "BB".hashCode());
    String source =
        RENDERER
            .render(EnumModels.validated("Collide", null, true, constants), null)
            .get(0)
            .toString();
    assertTrue(source.contains("return byMemberName.get(memberName);"), source);
    InMemoryJavac.Result compiled = InMemoryJavac.compileStrictly(Map.of("gen.Collide", source));
    Class<?> type = new GeneratedClasses(compiled.classes()).type("gen.Collide");
    assertSame(
        type.getEnumConstants()[1],
        GeneratedClasses.callStatic(type, "fromMemberName", String.class, "BB"));
    assertEquals(
        Optional.empty(),
        GeneratedClasses.callStatic(type, "findByMemberName", String.class, "Ab"));
    assertTrue(
        source("PerfectNames", new int[] {0, 1})
            .contains("return memberName.equals(memberNames[slot]) ? byMemberName[slot] : null;"));
  }

  @Test
  void eachTableShapeIsUsedWhereItFits() {
    assertTrue(
        source("Dense", new int[] {0, 1, 2, 3})
            .contains("return value >= 0 && value < byValue.length ? byValue[value] : null;"));
    assertTrue(source("Gaps", new int[] {1, 2, 4, 8, 16}).contains("int index = value - 1;"));
    String masked = source("Masked", IOS_UPDATES_INSTALL_STATUS);
    assertTrue(masked.contains("int slot = value & 31;"), masked);
    assertTrue(masked.contains("return valueKeys[slot] == value ? byValue[slot] : null;"), masked);
    assertFalse(
        masked.contains("Arrays.fill"),
        "0 is a member's value: the empty slots' zeros match no lookup");
    // Low bits that collide (64 and 1 << 30 share them): the multiplicative perfect hash.
    String multiplied = source("Multiplied", new int[] {1, 2, 4, 8, 16, 32, 64, 1 << 30});
    assertTrue(multiplied.contains("int slot = (value * 0x"), multiplied);
    assertTrue(
        multiplied.contains("Arrays.fill(valueKeys, 1);"),
        "without 0 among the values, empty slots hold a member's value");
    assertTrue(source("Open", MANY_SPARSE).contains("int valueSlot = slotOf(constant.value);"));
  }

  private static String source(String className, int[] values) {
    List<ValidatedEnum.Constant> constants = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      constants.add(
          new ValidatedEnum.Constant("M" + i, "member" + i, values[i], Description.EMPTY));
    }
    return RENDERER
        .render(EnumModels.validated(className, null, true, constants), null)
        .get(0)
        .toString();
  }

  private static Class<?> generate(String className, int[] values, boolean hasValues) {
    List<ValidatedEnum.Constant> constants = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      constants.add(
          new ValidatedEnum.Constant(
              "M" + i,
              "member" + i,
              values[i],
              new Description("Member <code>" + i + "</code>.", "Member " + i + ".")));
    }
    ValidatedEnum model = EnumModels.validated(className, "microsoft.graph", hasValues, constants);
    String source = RENDERER.render(model, null).get(0).toString();
    InMemoryJavac.Result compiled =
        InMemoryJavac.compileStrictly(Map.of("gen." + className, source));
    assertTrue(compiled.success(), () -> compiled.diagnostics() + "\n" + source);
    return new GeneratedClasses(compiled.classes()).type("gen." + className);
  }

  @ParameterizedTest
  @MethodSource("valueSets")
  void everyConstantRoundTripsAndEveryNeighbourMisses(int[] values) throws Throwable {
    Class<?> type = generate("Values", values, true);
    Object[] constants = type.getEnumConstants();
    assertEquals(values.length, constants.length);
    for (int i = 0; i < values.length; i++) {
      Object constant = constants[i];
      assertEquals(values[i], GeneratedClasses.call(constant, "value"));
      assertSame(constant, GeneratedClasses.callStatic(type, "fromValue", int.class, values[i]));
      assertEquals(
          Optional.of(constant),
          GeneratedClasses.callStatic(type, "findByValue", int.class, values[i]));
      String member = (String) GeneratedClasses.call(constant, "memberName");
      assertSame(
          constant, GeneratedClasses.callStatic(type, "fromMemberName", String.class, member));
      assertEquals(
          Optional.of(constant),
          GeneratedClasses.callStatic(type, "findByMemberName", String.class, member));
    }
    for (int value : values) {
      for (int neighbour : new int[] {value - 1, value + 1, value ^ Integer.MIN_VALUE, -value}) {
        boolean documented = Arrays.stream(values).anyMatch(v -> v == neighbour);
        Optional<?> found =
            (Optional<?>) GeneratedClasses.callStatic(type, "findByValue", int.class, neighbour);
        assertEquals(documented, found.isPresent(), "findByValue(" + neighbour + ")");
        if (!documented) {
          IllegalArgumentException e =
              assertThrows(
                  IllegalArgumentException.class,
                  () -> GeneratedClasses.callStatic(type, "fromValue", int.class, neighbour));
          assertEquals("Values has no member with value " + neighbour, e.getMessage());
        }
      }
    }
  }

  @Test
  void nameLookupIsExactAndCaseSensitive() throws Throwable {
    Class<?> type = generate("Names", new int[] {0, 1}, true);
    assertEquals(
        Optional.empty(),
        GeneratedClasses.callStatic(type, "findByMemberName", String.class, "MEMBER0"));
    assertEquals(
        Optional.empty(),
        GeneratedClasses.callStatic(type, "findByMemberName", String.class, " member0"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratedClasses.callStatic(type, "fromMemberName", String.class, "Member0"));
    assertEquals("Names has no member named \"Member0\"", e.getMessage());
    assertThrows(
        NullPointerException.class,
        () -> GeneratedClasses.callStatic(type, "fromMemberName", String.class, null));
    assertThrows(
        NullPointerException.class,
        () -> GeneratedClasses.callStatic(type, "findByMemberName", String.class, null));
  }

  @Test
  void lookupsReturnTheSameOptionalEveryTime() throws Throwable {
    Class<?> type = generate("Cached", new int[] {3, 9}, true);
    assertSame(
        GeneratedClasses.callStatic(type, "findByValue", int.class, 9),
        GeneratedClasses.callStatic(type, "findByMemberName", String.class, "member1"),
        "one Optional per constant, made once: lookups allocate nothing");
  }

  @Test
  void anEnumWithoutValuesHasNoValueMethods() throws Throwable {
    Class<?> type = generate("NoValues", new int[] {0, 0, 0}, false);
    List<String> methods = Arrays.stream(type.getDeclaredMethods()).map(m -> m.getName()).toList();
    assertFalse(methods.contains("value"));
    assertFalse(methods.contains("fromValue"));
    assertFalse(methods.contains("findByValue"));
    Object constant = type.getEnumConstants()[2];
    assertSame(
        constant, GeneratedClasses.callStatic(type, "fromMemberName", String.class, "member2"));
    assertEquals("Member 2.", GeneratedClasses.call(constant, "description"));
  }
}
