package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.graphenum.processor.testing.GeneratedClasses.callStatic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.microsoft.kiota.serialization.ValuedEnum;
import io.github.graphenum.GraphEnum;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import io.github.graphenum.processor.testing.Specs;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code -Agraphenum.kiota=true}: every generated enum is a Kiota {@code ValuedEnum} with a {@code
 * ValuedEnumParser}, {@code forValue}, and a flags set converts to and from an {@link EnumSet}; the
 * option needs Kiota's abstractions on the class path, and without it nothing of Kiota is
 * generated. (The generated code read and written by Kiota's JSON parse node and writer is tested
 * in {@code example/}.)
 */
class KiotaBindingTest {
  private static final String KIOTA = "-Agraphenum.kiota=true";

  /** An evolvable enum. */
  private static final JavaFileObject LOCATION =
      spec(
              "Location",
              "|Member|Value|",
              "|-|-|",
              "|inPerson|0|",
              "|unknownFutureValue|1|",
              "|online|2|")
          .source();

  /** An enum without the sentinel and without values. */
  private static final JavaFileObject SENSITIVITY =
      spec(
              "Sensitivity",
              "|Member|Description|",
              "|-|-|",
              "|normal|Not sensitive.|",
              "|confidential|Confidential.|")
          .source();

  /** A flags enum without the sentinel. */
  private static final JavaFileObject MODES =
      spec(
              "Modes",
              "|Member|Value|",
              "|-|-|",
              "|none|0|",
              "|inPerson|1|",
              "|online|2|",
              "|phone|8|")
          .flags(true)
          .source();

  /** An evolvable flags enum. */
  private static final JavaFileObject CHANNELS =
      spec(
              "Channels",
              "|Member|Value|",
              "|-|-|",
              "|none|0|",
              "|mail|1|",
              "|chat|2|",
              "|unknownFutureValue|4|")
          .flags(true)
          .source();

  private static final List<JavaFileObject> ALL = List.of(LOCATION, SENSITIVITY, MODES, CHANNELS);

  /**
   * The spec {@code test.<name>Spec} with a table of {@code rows} (a Java 8 string: the generated
   * code is compiled at {@code --release 8} with it) and a Javadoc comment, for {@code
   * -Xdoclint:all}.
   */
  private static Specs.Builder spec(String name, String... rows) {
    return Specs.graphEnum(name + "Spec")
        .before("/** The spec of {@code " + name + "}. */")
        .table(String.join("\n", rows) + "\n");
  }

  /**
   * The specs compiled with {@code options}, the generated code held to {@code --release 8} and
   * every lint and Javadoc check, as errors.
   */
  private static InMemoryJavac.Result compile(List<JavaFileObject> specs, String... options) {
    List<String> all = new ArrayList<>(List.of("--release", "8", "-Xlint:all,-options", "-Werror"));
    all.add("-Xdoclint:all");
    all.addAll(List.of(options));
    InMemoryJavac.Result result =
        InMemoryJavac.compile(specs, all, List.of(new GraphEnumProcessor()));
    assertTrue(result.success(), () -> result.diagnostics().toString());
    assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
    return result;
  }

  @Test
  void everyEnumIsAValuedEnumWhoseValueIsTheMemberName() {
    GeneratedClasses classes = GeneratedClasses.of(compile(ALL, KIOTA));
    for (String name :
        List.of("test.Location", "test.Sensitivity", "test.Modes", "test.Channels")) {
      Class<?> type = classes.type(name);
      assertTrue(ValuedEnum.class.isAssignableFrom(type), name);
      for (Object constant : type.getEnumConstants()) {
        assertEquals(
            GeneratedClasses.call(constant, "memberName"), ((ValuedEnum) constant).getValue());
      }
    }
  }

  @Test
  void forValueReadsAMemberNameAndAnUnknownOneAsTheSentinelOrNull() throws Throwable {
    GeneratedClasses classes = GeneratedClasses.of(compile(ALL, KIOTA));
    Class<?> location = classes.type("test.Location");
    Object[] locations = location.getEnumConstants();
    assertSame(locations[2], forValue(location, "online"));
    assertSame(locations[1], forValue(location, "unknownFutureValue"));
    assertSame(locations[1], forValue(location, "addedLater"), "the sentinel");
    assertSame(locations[1], forValue(location, "Online"), "case-sensitive");

    Class<?> sensitivity = classes.type("test.Sensitivity");
    assertSame(sensitivity.getEnumConstants()[1], forValue(sensitivity, "confidential"));
    assertNull(forValue(sensitivity, "addedLater"), "as Kiota's own enums");
    assertNull(forValue(sensitivity, ""));

    for (Class<?> type : List.of(location, sensitivity)) {
      assertThrows(NullPointerException.class, () -> forValue(type, null));
    }
  }

  private static Object forValue(Class<?> type, String value) throws Throwable {
    return callStatic(type, "forValue", String.class, value);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aFlagsSetConvertsToAndFromAnEnumSet() throws Throwable {
    GeneratedClasses classes = GeneratedClasses.of(compile(ALL, KIOTA));
    for (String name : List.of("test.Modes", "test.Channels")) {
      Class<?> set = classes.type(name + "Set");
      Class<? extends Enum> element = (Class<? extends Enum>) classes.type(name);
      Object parsed = callStatic(set, "parse", String.class, "inPerson,online");
      if (name.equals("test.Channels")) {
        parsed = callStatic(set, "parse", String.class, "chat,addedLater");
      }
      EnumSet<?> members = (EnumSet<?>) GeneratedClasses.call(parsed, "toEnumSet");
      assertEquals(parsed, members);
      assertEquals(parsed, callStatic(set, "copyOf", java.util.Collection.class, members));

      Object empty = callStatic(set, "parse", String.class, "none");
      EnumSet<?> none = (EnumSet<?>) GeneratedClasses.call(empty, "toEnumSet");
      assertEquals(EnumSet.noneOf(element), none);
      ((EnumSet) none).add(element.getEnumConstants()[1]); // a new set, the user's to change
      assertTrue(((Set<?>) empty).isEmpty());
    }
  }

  @Test
  void withoutTheOptionNothingOfKiotaIsGenerated() {
    InMemoryJavac.Result result = compile(ALL);
    result
        .sources()
        .forEach(
            (name, source) ->
                assertFalse(source.toLowerCase(java.util.Locale.ROOT).contains("kiota"), name));
    GeneratedClasses classes = GeneratedClasses.of(result);
    for (String name :
        List.of("test.Location", "test.Sensitivity", "test.Modes", "test.ModesSet")) {
      Set<String> methods = GeneratedClasses.publicMethodNames(classes.type(name));
      for (String kiotas : List.of("getValue", "forValue", "toEnumSet")) {
        assertFalse(methods.contains(kiotas), name + " has " + kiotas);
      }
      assertFalse(ValuedEnum.class.isAssignableFrom(classes.type(name)), name);
    }
  }

  @Test
  void jacksonGsonAndKiotaTogetherOnOneEnum() {
    GeneratedClasses classes =
        GeneratedClasses.of(
            compile(ALL, "-Agraphenum.jackson=true", "-Agraphenum.gson=true", KIOTA));
    Class<?> location = classes.type("test.Location");
    assertTrue(ValuedEnum.class.isAssignableFrom(location));
    assertEquals(
        List.of(
            "GsonAdapter: extends TypeAdapter",
            "Location: @JsonAdapter",
            "UNKNOWN_FUTURE_VALUE: @JsonEnumDefaultValue",
            "fromMemberNameOrUnknown: @JsonCreator",
            "memberName: @JsonValue"),
        GeneratedClasses.annotations(location, "com."));
  }

  /**
   * Constants named as the members Kiota adds, or as the types they use, and enums named as those
   * types: all compile, and Kiota's methods are the ones called.
   */
  @Test
  void namesOfKiotasMembersAndTypesAreFreeForMembers() throws Throwable {
    JavaFileObject names =
        spec(
                "Names",
                "|Member|Value|",
                "|-|-|",
                "|getValue|0|",
                "|forValue|1|",
                "|other|2|",
                "|set|3|")
            .rename("other=ValuedEnum", "set=EnumSet")
            .source();
    JavaFileObject valuedEnum =
        spec("ValuedEnum", "|Member|Value|", "|-|-|", "|a|0|").className("ValuedEnum").source();
    JavaFileObject enumSet =
        spec("EnumSet", "|Member|Value|", "|-|-|", "|a|1|", "|b|2|")
            .className("EnumSet")
            .flags(true)
            .source();
    GeneratedClasses classes =
        GeneratedClasses.of(compile(List.of(names, valuedEnum, enumSet), KIOTA));
    Class<?> type = classes.type("test.Names");
    for (Object constant : type.getEnumConstants()) {
      assertSame(constant, forValue(type, ((ValuedEnum) constant).getValue()));
    }
    assertTrue(ValuedEnum.class.isAssignableFrom(classes.type("test.ValuedEnum")));
    Object set = callStatic(classes.type("test.EnumSetSet"), "parse", String.class, "a,b");
    assertInstanceOf(EnumSet.class, GeneratedClasses.call(set, "toEnumSet"));
  }

  @Test
  void theOptionWithoutKiotaIsOneErrorOnTheFirstSpecSayingWhichDependencyToAdd()
      throws URISyntaxException {
    List<File> classpath =
        List.of(
            new File(GraphEnum.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    Compilation compilation =
        Compile.javac(List.of(KIOTA)).withClasspath(classpath).compile(LOCATION, SENSITIVITY);
    Compile.assertReported(
            compilation,
            Message.JSON_LIBRARY_MISSING.at(
                "graphenum.kiota",
                "Kiota's abstractions",
                "com.microsoft.kiota:microsoft-kiota-abstractions"))
        .inFile(LOCATION)
        .onLineContaining(Specs.GRAPH_ENUM);
    assertThat(compilation).hadErrorCount(1);

    assertThat(
            Compile.javac(List.of("-Agraphenum.kiota=false"))
                .withClasspath(classpath)
                .compile(LOCATION, SENSITIVITY))
        .succeededWithoutWarnings();
  }
}
