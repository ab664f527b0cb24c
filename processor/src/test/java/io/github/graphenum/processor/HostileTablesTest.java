package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.render.source.JavaText;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import io.github.graphenum.processor.testing.RandomCheck;
import io.github.graphenum.processor.testing.RandomValues;
import io.github.graphenum.processor.testing.Shrinker;
import io.github.graphenum.processor.validation.EnumValidator;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random tables with hostile contents: each one gives an error, or an enum that compiles with every
 * lint as an error, passes the javadoc tool's {@code -Xdoclint:all}, holds exactly the documented
 * members and nothing else, and round-trips every lookup; the same tables always give
 * byte-identical output. Each try compiles a batch of tables as specs in one compilation, the way a
 * user's build does. Then the defects this check found, each as a table of its own.
 */
public class HostileTablesTest {
  /**
   * Tries in a build, from {@link RandomCheck#DEFAULT_SEED}: 6 to 16 s on a 2-core machine, by its
   * load. About half the tries have a valid table, and cost four compilations: processing twice,
   * the strict compilation and javadoc.
   */
  private static final int TRIES = 60;

  /** Shrinking a failure may take this many checks, up to a minute or two. */
  private static final int MAX_SHRINK_CHECKS = 150;

  /** Text that means something to Java, Javadoc, HTML or a terminal. */
  private static final List<String> HOSTILE =
      List.of(
          "*/",
          "/*",
          "\\u002a/",
          "\\u000a",
          "\\u",
          "\\\\u",
          "@param",
          "{@code",
          "}",
          "<",
          "&",
          "&amp;",
          "</table>",
          "<script>",
          "\r",
          "\t",
          "\u0000",
          "😀",
          "\u202e",
          "\u200f",
          "\"",
          "'",
          "\\",
          "$",
          "%s",
          "|",
          "`",
          "**");

  private static final List<String> RESERVED =
      List.of(
          "value",
          "values",
          "valueOf",
          "name",
          "memberName",
          "description",
          "ordinal",
          "found",
          "byValue",
          "class",
          "enum",
          "null",
          "true",
          "_",
          "__",
          "int",
          "goto",
          "unknownFutureValue",
          "constantNamed");

  /** Values that are not any int: the ends of the range, past them, and what is no integer. */
  private static final List<String> EDGE_VALUES =
      List.of(
          "-2147483648", "2147483647", "0", "-1", "2147483648", "1e3", "duas", "0x10", "+5", "");

  @TempDir Path javadocOut;

  /** One row as meant: what the page means once markdown is read. */
  private record Row(String member, String value, String description) {}

  /** Mostly identifiers, then the enum's own method names and Java keywords, then anything. */
  private static String member(SplittableRandom random) {
    return RandomValues.weighted(
        random,
        List.of(
            new RandomValues.Weighted<>(6, r -> RandomValues.string(r, "abcXYZ_é09ßǅ", 1, 12)),
            new RandomValues.Weighted<>(3, r -> RandomValues.oneOf(r, RESERVED)),
            new RandomValues.Weighted<>(1, r -> RandomValues.oneOf(r, HOSTILE)),
            new RandomValues.Weighted<>(1, r -> RandomValues.anyString(r, 1, 6))));
  }

  private static String value(SplittableRandom random) {
    return RandomValues.weighted(
        random,
        List.of(
            new RandomValues.Weighted<>(8, r -> String.valueOf(r.nextInt())),
            new RandomValues.Weighted<>(2, r -> RandomValues.oneOf(r, EDGE_VALUES))));
  }

  /** Up to six parts, each hostile text, any text, or words. */
  private static String description(SplittableRandom random) {
    List<String> parts =
        RandomValues.list(
            random,
            0,
            6,
            r ->
                RandomValues.weighted(
                    r,
                    List.of(
                        new RandomValues.Weighted<>(3, part -> RandomValues.oneOf(part, HOSTILE)),
                        new RandomValues.Weighted<>(2, part -> RandomValues.anyString(part, 0, 8)),
                        new RandomValues.Weighted<>(
                            1, part -> RandomValues.string(part, "ab ", 0, 4)))));
    return String.join("", parts);
  }

  private static Row row(SplittableRandom random) {
    return new Row(member(random), value(random), description(random));
  }

  /** One to eight tables of one to six rows. */
  private static List<List<Row>> tables(SplittableRandom random) {
    return RandomValues.list(random, 1, 8, r -> RandomValues.list(r, 1, 6, HostileTablesTest::row));
  }

  /** Fewer tables, fewer rows, shorter cells. */
  private static Stream<List<List<Row>>> smaller(List<List<Row>> tables) {
    return Stream.concat(
        Shrinker.removals(tables, 1),
        Shrinker.replacements(
            tables,
            table ->
                Stream.concat(
                    Shrinker.removals(table, 1),
                    Shrinker.replacements(
                        table,
                        row ->
                            Stream.of(
                                    Shrinker.shorter(row.member())
                                        .map(
                                            member ->
                                                new Row(member, row.value(), row.description())),
                                    Shrinker.shorter(row.value())
                                        .map(
                                            value ->
                                                new Row(row.member(), value, row.description())),
                                    Shrinker.shorter(row.description())
                                        .map(
                                            description ->
                                                new Row(row.member(), row.value(), description)))
                                .flatMap(variants -> variants)))));
  }

  /**
   * Each table's markdown, a Java literal per line: control characters and all, as the spec holds
   * it.
   */
  private static String show(List<List<Row>> tables) {
    return IntStream.range(0, tables.size())
        .mapToObj(
            i ->
                "table of spec S"
                    + i
                    + ":\n"
                    + markdown(tables.get(i))
                        .lines()
                        .map(line -> "  " + JavaText.stringLiteral(line))
                        .collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void everyTableGivesAnErrorOrExactlyTheDocumentedEnum() {
    new RandomCheck<>(
            HostileTablesTest::tables,
            HostileTablesTest::smaller,
            HostileTablesTest::show,
            this::check,
            MAX_SHRINK_CHECKS)
        .run(TRIES);
  }

  // The defects this check found, each as the table that shows it.

  /**
   * javadoc refuses a character reference to a C1 control, an unassigned code point or a
   * noncharacter.
   */
  @Test
  void controlAndUnassignedCodePointsInADescriptionPassDoclint() throws Throwable {
    check(
        List.of(
            List.of(
                new Row("a", "1", "next line \u0085, unassigned \u0378, noncharacter \uFFFF."))));
  }

  /**
   * A class file holds a string constant in at most 65,535 bytes of modified UTF-8, 3 bytes for a
   * euro sign: this description is 3 bytes over, and compiles only cut into several literals.
   */
  @Test
  void aDescriptionLongerThanAClassFileConstantCompiles() throws Throwable {
    check(
        List.of(
            List.of(new Row("a", "1", "\u20ac".repeat(65_538 / 3)), new Row("b", "2", "Short."))));
  }

  /**
   * javac fails with "code too large" on an enum of a few thousand constants: one more than the
   * limit is an error.
   */
  @Test
  void anEnumOfMoreConstantsThanJavacCompilesIsAnError() throws Throwable {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i <= EnumValidator.MAX_CONSTANTS; i++) {
      rows.add(new Row("m" + i, String.valueOf(i), ""));
    }
    check(List.of(rows));
  }

  /** Compiles one spec per table, checks each outcome, and the generated enums. */
  private void check(List<List<Row>> tables) throws Throwable {
    List<JavaFileObject> specs = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      specs.add(
          InMemoryJavac.source(
              "hostile.S" + i,
              "package hostile;\n@io.github.graphenum.GraphEnum(name = \"t"
                  + i
                  + "\", table = "
                  + JavaText.stringLiteral(markdown(tables.get(i)))
                  + ")\ninterface S"
                  + i
                  + " {}\n"));
    }
    InMemoryJavac.Result processed =
        InMemoryJavac.compile(specs, List.of("-proc:only"), List.of(new GraphEnumProcessor()));
    InMemoryJavac.Result again =
        InMemoryJavac.compile(specs, List.of("-proc:only"), List.of(new GraphEnumProcessor()));
    assertEquals(
        processed.sources(), again.sources(), "the same input gives byte-identical output");
    for (Diagnostic<? extends JavaFileObject> d : processed.diagnostics()) {
      assertFalse(
          d.getMessage(Locale.ROOT).contains("graphenum failed"), d.getMessage(Locale.ROOT));
    }

    Map<String, String> generated = processed.sources();
    for (int i = 0; i < tables.size(); i++) {
      String name = "hostile.T" + i;
      boolean valid = isValid(tables.get(i));
      int index = i;
      boolean erred =
          processed.diagnostics().stream()
              .anyMatch(
                  d ->
                      d.getKind() == Diagnostic.Kind.ERROR
                          && d.getSource() != null
                          && d.getSource().getName().endsWith("/S" + index + ".java"));
      assertEquals(
          valid,
          generated.containsKey(name),
          () -> "table of S" + index + " valid=" + valid + " but generated: " + generated.keySet());
      assertEquals(
          !valid, erred, () -> "table of S" + index + " gives an error exactly when invalid");
    }
    if (generated.isEmpty()) {
      return;
    }
    InMemoryJavac.Result compiled = InMemoryJavac.compileStrictly(generated);
    assertTrue(compiled.success(), () -> compiled.diagnostics() + "\n" + generated);
    assertEquals(generated.size(), compiled.classes().size(), "no class but the enums");
    List<Diagnostic<? extends JavaFileObject>> javadoc =
        InMemoryJavac.javadoc(generated, Files.createTempDirectory(javadocOut, "javadoc"));
    assertEquals(
        List.of(),
        javadoc.stream().map(d -> d.getMessage(Locale.ROOT)).toList(),
        () -> generated.toString());

    GeneratedClasses classes = new GeneratedClasses(compiled.classes());
    for (int i = 0; i < tables.size(); i++) {
      if (generated.containsKey("hostile.T" + i)) {
        checkEnum(classes.type("hostile.T" + i), tables.get(i));
      }
    }
  }

  /** The enum holds exactly the rows, in order, its lookups round-trip, and it has nothing else. */
  private static void checkEnum(Class<?> type, List<Row> rows) throws Throwable {
    Object[] constants = type.getEnumConstants();
    assertEquals(rows.size(), constants.length);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Object constant = constants[i];
      String member = plain(row.member());
      int value = Integer.parseInt(plain(row.value()));
      assertEquals(member, GeneratedClasses.call(constant, "memberName"));
      assertEquals(value, GeneratedClasses.call(constant, "value"));
      assertEquals(plain(row.description()), GeneratedClasses.call(constant, "description"));
      assertEquals(constant, GeneratedClasses.callStatic(type, "fromValue", int.class, value));
      assertEquals(
          Optional.of(constant),
          GeneratedClasses.callStatic(type, "findByValue", int.class, value));
      assertEquals(
          constant, GeneratedClasses.callStatic(type, "fromMemberName", String.class, member));
      assertEquals(
          Optional.of(constant),
          GeneratedClasses.callStatic(type, "findByMemberName", String.class, member));
    }
    Set<String> expected =
        new TreeSet<>(
            List.of(
                "values",
                "valueOf",
                "memberName",
                "toString",
                "description",
                "fromMemberName",
                "findByMemberName"));
    expected.addAll(GeneratedClasses.VALUE_METHODS);
    if (rows.stream().anyMatch(r -> plain(r.member()).equalsIgnoreCase(ValidatedEnum.SENTINEL))) {
      expected.addAll(GeneratedClasses.EVOLVABLE_METHODS);
    }
    assertEquals(expected, GeneratedClasses.publicMethodNames(type));
    long publicFields =
        Arrays.stream(type.getDeclaredFields())
            .filter(f -> Modifier.isPublic(f.getModifiers()))
            .count();
    assertEquals(rows.size(), publicFields, "public fields are the constants");
    for (Field field : type.getDeclaredFields()) {
      assertTrue(
          field.isEnumConstant() || Modifier.isPrivate(field.getModifiers()), field::toString);
    }
    assertEquals(0, type.getDeclaredClasses().length);
  }

  /**
   * Markdown that means exactly {@code rows}: ASCII punctuation backslash-escaped, no line breaks.
   */
  private static String markdown(List<Row> rows) {
    StringBuilder table = new StringBuilder("|Member|Value|Description|\n|---|---|---|\n");
    for (Row row : rows) {
      table
          .append('|')
          .append(cell(row.member()))
          .append('|')
          .append(cell(row.value()))
          .append('|')
          .append(cell(row.description()))
          .append("|\n");
    }
    return table.toString();
  }

  private static String cell(String text) {
    StringBuilder cell = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\r' || c == '\n') {
        cell.append(' '); // a cell cannot hold a line break
      } else if (c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c)) {
        cell.append('\\').append(c); // ASCII punctuation: the only characters a backslash escapes
      } else {
        cell.append(c);
      }
    }
    // GFM reads a backslash right before a cell's closing pipe as escaping the pipe, even an
    // escaped backslash; a space (trimmed away) keeps them apart.
    return cell.append(' ').toString();
  }

  /** What commonmark reads from a cell: NUL becomes U+FFFD, whitespace collapses. */
  private static String plain(String text) {
    return text.replace('\u0000', '\uFFFD')
        .replace('\r', ' ')
        .replace('\n', ' ')
        .replaceAll("\\s+", " ")
        .strip();
  }

  /**
   * Generated names are ASCII: a member name must be, once its accents are dropped and upper-cased.
   */
  private static boolean asciiOnceAccentsAreDropped(String member) {
    return java.text.Normalizer.normalize(member, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toUpperCase(Locale.ROOT)
        .chars()
        .allMatch(c -> c < 0x80);
  }

  /** Whether the processor must accept {@code rows}: the rules of the validator, written anew. */
  private static boolean isValid(List<Row> rows) {
    if (rows.size() > EnumValidator.MAX_CONSTANTS) {
      return false;
    }
    Set<String> members = new HashSet<>();
    Set<Integer> values = new HashSet<>();
    for (Row row : rows) {
      String member = plain(row.member());
      if (member.isEmpty()
          || member.length() > EnumValidator.MAX_NAME_CHARS
          || Character.isDigit(member.codePointAt(0))
          || !member.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))
          || !members.add(member)
          || !asciiOnceAccentsAreDropped(member)) {
        return false;
      }
      String value = plain(row.value());
      if (!value.matches("-?[0-9]+")
          || new BigInteger(value).bitLength() > 31
          || !values.add(Integer.parseInt(value))) {
        return false;
      }
    }
    return true;
  }
}
