package io.github.graphenum.processor;

import static io.github.graphenum.processor.testing.Compile.assertReported;
import static io.github.graphenum.processor.testing.Compile.classes;
import static io.github.graphenum.processor.testing.Compile.compile;
import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static io.github.graphenum.processor.testing.Specs.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.testing.GeneratedClasses;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The set type of a flags enum, {@code <Enum>Set}, called as a user calls it: Graph's wire form
 * read and written, the {@link Set} contract, unknown names of evolvable and other enums, and the
 * Jackson annotations only with the option.
 */
class FlagsSetTest {
  private static final JavaFileObject MODES = GraphSemanticsTest.MODES;

  /**
   * Evolvable: Graph's v1.0 workforceIntegrationSupportedEntities, values from the service
   * metadata.
   */
  private static final JavaFileObject ENTITIES =
      source(
          "test.EntitiesSpec",
          "package test;",
          "@io.github.graphenum.GraphEnum(flags = true, table = \"\"\"",
          "    |Member|Value|",
          "    |-|-|",
          "    |none|0|",
          "    |shift|1|",
          "    |swapRequest|2|",
          "    |openShift|16|",
          "    |unknownFutureValue|1024|",
          "    \"\"\")",
          "interface EntitiesSpec {}");

  /** {@link #MODES} compiled once, without options: its enum and its set. */
  private static final GeneratedClasses MODES_CLASSES = classes(compile(MODES));

  /** {@link #MODES} compiled once with {@code -Agraphenum.jackson=true}. */
  private static final GeneratedClasses MODES_WITH_JACKSON =
      classes(compile(List.of("-Agraphenum.jackson=true"), MODES));

  private static final Class<?> MODES_SET = MODES_CLASSES.type("test.ModesSet");

  /** The set of {@link #ENTITIES}, compiled without options. */
  private static final Class<?> ENTITIES_SET = classes(compile(ENTITIES)).type("test.EntitiesSet");

  /** none, inPerson, online, both, phone: an array of the enum's type. */
  private static final Object[] MODE = constants(MODES_SET);

  /** The constants of the flags enum of {@code setType}. */
  private static Object[] constants(Class<?> setType) {
    try {
      return setType
          .getClassLoader()
          .loadClass(setType.getName().replaceFirst("Set$", ""))
          .getEnumConstants();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Set<?> parse(Class<?> setType, String memberNames) throws Throwable {
    return (Set<?>) GeneratedClasses.callStatic(setType, "parse", String.class, memberNames);
  }

  private static String wireForm(Object set) {
    return (String) GeneratedClasses.call(set, "wireForm");
  }

  @Test
  void readsGraphsWireFormAndWritesItBackInDeclarationOrder() throws Throwable {
    Set<?> read = parse(MODES_SET, " phone ,inPerson");
    assertEquals(List.of(MODE[1], MODE[4]), new ArrayList<>(read), "declaration order");
    assertEquals("inPerson,phone", wireForm(read));
    assertEquals("inPerson,phone", read.toString());
    assertEquals(9, GeneratedClasses.call(read, "toMask"));
    for (String empty : List.of("", "  ", "none", " none ")) {
      assertEquals(Set.of(), parse(MODES_SET, empty), empty);
      assertEquals(
          "none",
          wireForm(parse(MODES_SET, empty)),
          "the empty set is written as the empty member");
    }
    assertEquals(
        Set.of(MODE[1], MODE[2]), parse(MODES_SET, "both"), "a combination reads as its bits");
    assertEquals("inPerson,online", wireForm(parse(MODES_SET, "both")));
    assertEquals(parse(MODES_SET, "phone"), parse(MODES_SET, "phone,phone"));
  }

  @Test
  void aNameNoMemberHasIsAnErrorThatNamesIt() {
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> parse(MODES_SET, "inPerson, video"));
    assertEquals(
        "Modes has no member named \"video\" (read from \"inPerson, video\")",
        unknown.getMessage());
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> parse(MODES_SET, "inPerson,,online"));
    assertEquals(
        "Modes has no member named \"\" (read from \"inPerson,,online\")", empty.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> parse(MODES_SET, "InPerson"), "case-sensitive");
    assertThrows(IllegalArgumentException.class, () -> parse(MODES_SET, "inPerson;online"));
  }

  @Test
  void aScalarOfAFlagsEnumSaysWhatReadsSeveralFlags() {
    Class<?> modes = MODES_CLASSES.type("test.Modes");
    IllegalArgumentException several =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GeneratedClasses.callStatic(
                    modes, "fromMemberName", String.class, "inPerson,online"));
    assertEquals(
        "Modes has no member named \"inPerson,online\"; a set of flags, names joined by commas, is"
            + " read by ModesSet.parse",
        several.getMessage());
    IllegalArgumentException one =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratedClasses.callStatic(modes, "fromMemberName", String.class, "video"));
    assertEquals("Modes has no member named \"video\"", one.getMessage());
  }

  @Test
  void keepsTheSetContract() throws Throwable {
    Set<?> set = parse(MODES_SET, "inPerson,phone");
    Set<Object> same = new HashSet<>(List.of(MODE[4], MODE[1]));
    assertEquals(same, set);
    assertEquals(set, same);
    assertEquals(same.hashCode(), set.hashCode());
    assertEquals(2, set.size());
    assertFalse(set.isEmpty());
    assertTrue(set.contains(MODE[1]));
    assertFalse(set.contains(MODE[2]));
    assertFalse(set.contains(MODE[0]), "the empty member is no element");
    assertFalse(
        parse(MODES_SET, "inPerson,online").contains(MODE[3]),
        "a combination is no element: its bits are");
    assertFalse(set.contains("inPerson"));
    assertFalse(set.contains(null));
    assertNotEquals(set, parse(MODES_SET, "inPerson"));
    Iterator<?> members = set.iterator();
    members.next();
    members.next();
    assertFalse(members.hasNext());
    assertThrows(NoSuchElementException.class, members::next);
    assertThrows(UnsupportedOperationException.class, () -> set.iterator().remove());
    @SuppressWarnings("unchecked")
    Set<Object> writable = (Set<Object>) set;
    assertThrows(UnsupportedOperationException.class, () -> writable.add(MODE[2]));
    assertThrows(UnsupportedOperationException.class, writable::clear);
  }

  @Test
  void factoriesAndMasks() throws Throwable {
    Method of = MODES_SET.getMethod("of", MODE.getClass());
    assertEquals(
        Set.of(MODE[1], MODE[2]),
        of.invoke(null, (Object) Arrays.copyOfRange(MODE, 0, 3)),
        "none adds nothing");
    assertTrue(((Set<?>) of.invoke(null, (Object) Arrays.copyOf(MODE, 0))).isEmpty());
    Object both =
        GeneratedClasses.callStatic(
            MODES_SET, "copyOf", Collection.class, List.of(MODE[3], MODE[0]));
    assertEquals(parse(MODES_SET, "inPerson,online"), both);
    assertSame(
        both,
        GeneratedClasses.callStatic(MODES_SET, "copyOf", Collection.class, both),
        "a set of the type is returned as it is");
    for (int mask = 0; mask < 16; mask++) {
      if ((mask & 4) == 0) {
        Object set = GeneratedClasses.callStatic(MODES_SET, "fromMask", int.class, mask);
        assertEquals(mask, GeneratedClasses.call(set, "toMask"));
        assertEquals(set, parse(MODES_SET, wireForm(set)));
      }
    }
    IllegalArgumentException unknownBits =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratedClasses.callStatic(MODES_SET, "fromMask", int.class, 5));
    assertEquals("Modes has no member for bits 0x4 of mask 5", unknownBits.getMessage());
  }

  @Test
  void anEvolvableEnumsSetKeepsTheNamesItDoesNotKnowAndWritesThemBack() throws Throwable {
    Object[] entity =
        constants(ENTITIES_SET); // none, shift, swapRequest, openShift, unknownFutureValue
    Set<?> read = parse(ENTITIES_SET, "shift, timeCard,openShift,timeOff,timeCard");
    assertEquals(
        Set.of(entity[1], entity[3], entity[4]), read, "the unknown names are the sentinel");
    assertEquals(List.of("timeCard", "timeOff"), GeneratedClasses.call(read, "unknownMemberNames"));
    assertEquals(
        "shift,openShift,timeCard,timeOff", wireForm(read), "written back in the sentinel's place");
    assertEquals(
        parse(ENTITIES_SET, "shift,openShift,unknownFutureValue"), read, "equality is by elements");
    assertEquals(
        "shift,unknownFutureValue", wireForm(parse(ENTITIES_SET, "unknownFutureValue,shift")));
    assertEquals(
        List.of(), GeneratedClasses.call(parse(ENTITIES_SET, "shift"), "unknownMemberNames"));
    assertEquals("none", wireForm(parse(ENTITIES_SET, "")));
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(ENTITIES_SET, "shift,"),
        "an empty name is no member added later");
    assertThrows(
        UnsupportedOperationException.class,
        () -> ((List<?>) GeneratedClasses.call(read, "unknownMemberNames")).clear());
  }

  @Test
  void theSentinelsOwnNameIsWrittenBackWhenItWasRead() throws Throwable {
    Object[] entity =
        constants(ENTITIES_SET); // none, shift, swapRequest, openShift, unknownFutureValue
    Set<?> both = parse(ENTITIES_SET, "unknownFutureValue,timeCard2");
    assertEquals(Set.of(entity[4]), both);
    assertEquals(
        List.of("timeCard2"),
        GeneratedClasses.call(both, "unknownMemberNames"),
        "the sentinel is no unknown name");
    assertEquals("unknownFutureValue,timeCard2", wireForm(both), "every name read is written back");
    assertEquals("unknownFutureValue,timeCard2", wireForm(parse(ENTITIES_SET, wireForm(both))));
    assertEquals(
        "shift,unknownFutureValue,timeCard2",
        wireForm(parse(ENTITIES_SET, "timeCard2, unknownFutureValue,shift,unknownFutureValue")));
    assertEquals(
        "timeCard2",
        wireForm(parse(ENTITIES_SET, "timeCard2")),
        "the sentinel stands for the name, and is not written");
    assertEquals(parse(ENTITIES_SET, "timeCard2"), both, "equality is by elements");
    assertEquals(both.hashCode(), parse(ENTITIES_SET, "unknownFutureValue").hashCode());
  }

  /**
   * 200,000 distinct names the enum does not know: linear reading takes a fraction of a second, the
   * old quadratic one a minute.
   */
  @Test
  void manyDistinctUnknownNamesReadInLinearTime() throws Throwable {
    Class<?> entitiesSet =
        classes(compile(List.of("-Agraphenum.jackson=true"), ENTITIES)).type("test.EntitiesSet");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      names.add("later" + i);
    }
    String wireForm = String.join(",", names);
    Set<?> read =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> parse(entitiesSet, wireForm),
            "a hang, not a measure: JMH measures it (FlagsSetUnknownNames)");
    assertEquals(names, GeneratedClasses.call(read, "unknownMemberNames"));
    assertEquals(wireForm, wireForm(read));
    Object fromArray =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> GeneratedClasses.callStatic(entitiesSet, "fromJson", Object.class, names));
    assertEquals(names, GeneratedClasses.call(fromArray, "unknownMemberNames"));
  }

  /**
   * A megabyte of input makes a message of a few hundred characters, which quotes its beginning and
   * says its length.
   */
  @Test
  void aMessageQuotesABoundedExcerptOfItsInput() throws Throwable {
    String commas = ",".repeat(1 << 20);
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> parse(MODES_SET, commas));
    assertEquals(
        "Modes has no member named \"\" (read from \""
            + ",".repeat(100)
            + "...\" (1048576 characters))",
        empty.getMessage());
    String longName = "v".repeat(1 << 20);
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class, () -> parse(MODES_SET, "inPerson," + longName));
    assertEquals(
        "Modes has no member named \""
            + "v".repeat(100)
            + "...\" (1048576 characters) (read from \"inPerson,"
            + "v".repeat(91)
            + "...\" (1048585 characters))",
        unknown.getMessage());
    Class<?> modes = MODES_WITH_JACKSON.type("test.Modes");
    IllegalArgumentException scalar =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratedClasses.callStatic(modes, "fromMemberName", String.class, longName));
    assertEquals(
        "Modes has no member named \"" + "v".repeat(100) + "...\" (1048576 characters)",
        scalar.getMessage());
    // Not between the two chars of a surrogate pair: 99 chars, then a character outside the BMP.
    String astral = "v".repeat(99) + "\uD83D\uDE00" + "v".repeat(100);
    IllegalArgumentException cut =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratedClasses.callStatic(modes, "fromMemberName", String.class, astral));
    assertEquals(
        "Modes has no member named \"" + "v".repeat(99) + "...\" (201 characters)",
        cut.getMessage());
    Class<?> annotated = MODES_WITH_JACKSON.type("test.ModesSet");
    IllegalArgumentException item =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GeneratedClasses.callStatic(
                    annotated, "fromJson", Object.class, List.of(List.of(longName))));
    assertTrue(item.getMessage().length() < 200, item.getMessage());
  }

  @Test
  void jacksonAnnotationsOnTheSetOnlyWithTheOption() throws Throwable {
    Class<?> annotated = MODES_WITH_JACKSON.type("test.ModesSet");
    assertEquals(
        List.of("fromJson: @JsonCreator", "wireForm: @JsonValue"),
        GeneratedClasses.annotations(annotated, "com.fasterxml.jackson."));
    assertEquals(List.of(), GeneratedClasses.annotations(MODES_SET, "com.fasterxml.jackson."));
    assertFalse(GeneratedClasses.publicMethodNames(MODES_SET).contains("fromJson"));
    Object[] mode = constants(annotated);
    Object fromArray =
        GeneratedClasses.callStatic(
            annotated, "fromJson", Object.class, List.of("phone", " inPerson"));
    assertEquals(Set.of(mode[1], mode[4]), fromArray);
    assertEquals(
        Set.of(mode[1], mode[4]),
        GeneratedClasses.callStatic(annotated, "fromJson", Object.class, "inPerson,phone"));
    IllegalArgumentException number =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratedClasses.callStatic(annotated, "fromJson", Object.class, 3));
    assertEquals(
        "ModesSet reads member names joined by commas, or an array of member names, not \"3\"",
        number.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> GeneratedClasses.callStatic(annotated, "fromJson", Object.class, List.of(1)));
  }

  @Test
  void theSetsNameIsClaimedLikeTheEnums() {
    JavaFileObject taken =
        graphEnum("TakenSpec").className("ModesSet").table("|Member|\n|-|\n|a|").source();
    assertReported(
            compile(MODES, taken), Message.DUPLICATE_CLASS.at("test.ModesSet", "test.ModesSpec"))
        .inFile(taken)
        .onLineContaining("table = ");
    JavaFileObject spec =
        graphEnum("ModesSet")
            .className("Modes")
            .flags(true)
            .table("|Member|Value|\n|-|-|\n|a|1|")
            .source();
    assertReported(
            compile(spec), Message.CLASS_IS_SPEC.at("set type", "test.ModesSet", "ModesSetSpec"))
        .inFile(spec)
        .onLineContaining("table = ");
  }
}
