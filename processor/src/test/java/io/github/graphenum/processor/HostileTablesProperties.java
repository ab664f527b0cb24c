package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
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
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random tables with hostile contents: each one gives an error, or an enum that compiles with
 * every lint as an error, passes the javadoc tool's {@code -Xdoclint:all}, holds exactly the
 * documented members and nothing else, and round-trips every lookup. Each try compiles a batch of
 * tables as specs in one compilation, the way a user's build does; tries are bounded so that the
 * suite stays within a minute.
 */
class HostileTablesProperties {
  /** Text that means something to Java, Javadoc, HTML or a terminal. */
  static final List<String> HOSTILE =
      List.of("*/", "/*", "\\u002a/", "\\u000a", "\\u", "\\\\u", "@param", "{@code", "}", "<", "&", "&amp;",
          "</table>", "<script>", "\r", "\t", "\u0000", "😀", "\u202e", "\u200f", "\"", "'", "\\", "$", "%s", "|", "`", "**");

  private static final List<String> RESERVED =
      List.of("value", "values", "valueOf", "name", "memberName", "description", "ordinal", "found", "byValue",
          "class", "enum", "null", "true", "_", "__", "int", "goto", "unknownFutureValue", "constantNamed");

  /** One row as meant: what the page means once markdown is read. */
  record Row(String member, String value, String description) {}

  @Provide
  Arbitrary<List<List<Row>>> tables() {
    Arbitrary<String> identifier =
        Arbitraries.strings().withChars("abcXYZ_é09ßǅ").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> member =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, identifier),
            net.jqwik.api.Tuple.of(3, Arbitraries.of(RESERVED)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(HOSTILE)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(6)));
    Arbitrary<String> value =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.integers().map(String::valueOf)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of("-2147483648", "2147483647", "0", "-1", "2147483648", "1e3", "duas", "0x10", "+5", "")));
    Arbitrary<String> description =
        Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(HOSTILE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("ab ").ofMaxLength(4)))
            .list().ofMaxSize(6).map(parts -> String.join("", parts));
    Arbitrary<Row> row = Combinators.combine(member, value, description).as(Row::new);
    return row.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 15)
  void everyTableGivesAnErrorOrExactlyTheDocumentedEnum(@ForAll("tables") @Size(min = 1, max = 8) List<List<Row>> tables)
      throws Throwable {
    List<JavaFileObject> specs = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      specs.add(InMemoryJavac.source("hostile.S" + i, "package hostile;\n@io.github.graphenum.GraphEnum(name = \"t" + i
          + "\", table = " + JavaText.stringLiteral(markdown(tables.get(i))) + ")\ninterface S" + i + " {}\n"));
    }
    InMemoryJavac.Result processed = InMemoryJavac.compile(specs, List.of("-proc:only"), List.of(new GraphEnumProcessor()));
    InMemoryJavac.Result again = InMemoryJavac.compile(specs, List.of("-proc:only"), List.of(new GraphEnumProcessor()));
    assertEquals(processed.sources(), again.sources(), "the same input gives byte-identical output");
    for (Diagnostic<? extends JavaFileObject> d : processed.diagnostics()) {
      assertTrue(!d.getMessage(Locale.ROOT).contains("graphenum failed"), d.getMessage(Locale.ROOT));
    }

    Map<String, String> generated = processed.sources();
    for (int i = 0; i < tables.size(); i++) {
      String name = "hostile.T" + i;
      boolean valid = isValid(tables.get(i));
      int index = i;
      boolean erred = processed.diagnostics().stream()
          .anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null && d.getSource().getName().endsWith("/S" + index + ".java"));
      assertEquals(valid, generated.containsKey(name), () -> "table " + tables.get(index) + " valid=" + valid + " but generated: " + generated.keySet());
      assertEquals(!valid, erred, () -> "table " + tables.get(index) + " gives an error exactly when invalid");
    }
    if (generated.isEmpty()) {
      return;
    }
    InMemoryJavac.Result compiled = InMemoryJavac.compileStrictly(generated);
    assertTrue(compiled.success(), () -> compiled.diagnostics() + "\n" + generated);
    assertEquals(generated.size(), compiled.classes().size(), "no class but the enums");
    Path javadocOut = Files.createTempDirectory("javadoc");
    List<Diagnostic<? extends JavaFileObject>> javadoc = InMemoryJavac.javadoc(generated, javadocOut);
    assertEquals(List.of(), javadoc.stream().map(d -> d.getMessage(Locale.ROOT)).toList(), () -> generated.toString());

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
      assertEquals(constant, GeneratedClasses.callStatic(type, "fromMemberName", String.class, member));
      assertEquals(Optional.of(constant), GeneratedClasses.callStatic(type, "findByMemberName", String.class, member));
    }
    Set<String> methods = Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(List.of("values", "valueOf", "memberName", "value", "description",
        "fromMemberName", "findByMemberName", "fromValue", "findByValue"));
    if (rows.stream().anyMatch(r -> plain(r.member()).equalsIgnoreCase(ValidatedEnum.SENTINEL))) {
      expected.addAll(List.of("isEvolvable", "fromMemberNameOrUnknown"));
    }
    assertEquals(expected, methods);
    long publicFields = Arrays.stream(type.getDeclaredFields()).filter(f -> Modifier.isPublic(f.getModifiers())).count();
    assertEquals(rows.size(), publicFields, "public fields are the constants");
    for (Field field : type.getDeclaredFields()) {
      assertTrue(field.isEnumConstant() || Modifier.isPrivate(field.getModifiers()), field::toString);
    }
    assertEquals(0, type.getDeclaredClasses().length);
  }

  /** Markdown that means exactly {@code rows}: ASCII punctuation backslash-escaped, no line breaks. */
  static String markdown(List<Row> rows) {
    StringBuilder table = new StringBuilder("|Member|Value|Description|\n|---|---|---|\n");
    for (Row row : rows) {
      table.append('|').append(cell(row.member())).append('|').append(cell(row.value())).append('|')
          .append(cell(row.description())).append("|\n");
    }
    return table.toString();
  }

  private static String cell(String text) {
    StringBuilder cell = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\r' || c == '\n') {
        cell.append(' '); // a cell cannot hold a line break
      } else if (c < 128 && !Character.isLetterOrDigit(c) && c > ' ') {
        cell.append('\\').append(c);
      } else {
        cell.append(c);
      }
    }
    // GFM reads a backslash right before a cell's closing pipe as escaping the pipe, even an
    // escaped backslash; a space (trimmed away) keeps them apart.
    return cell.append(' ').toString();
  }

  /** What commonmark reads from a cell: NUL becomes U+FFFD, whitespace collapses. */
  static String plain(String text) {
    return text.replace('\u0000', '\uFFFD').replace('\r', ' ').replace('\n', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Generated names are ASCII: a member name must be, once its accents are dropped and upper-cased. */
  private static boolean asciiOnceAccentsAreDropped(String member) {
    return java.text.Normalizer.normalize(member, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).chars().allMatch(c -> c < 0x80);
  }

  /** Whether the processor must accept {@code rows}: the rules of the validator, written anew. */
  private static boolean isValid(List<Row> rows) {
    Set<String> members = new HashSet<>();
    Set<Integer> values = new HashSet<>();
    for (Row row : rows) {
      String member = plain(row.member());
      if (member.isEmpty() || Character.isDigit(member.codePointAt(0))
          || !member.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))
          || !members.add(member)
          || !asciiOnceAccentsAreDropped(member)) {
        return false;
      }
      String value = plain(row.value());
      if (!value.matches("-?[0-9]+") || new BigInteger(value).bitLength() > 31 || !values.add(Integer.parseInt(value))) {
        return false;
      }
    }
    return true;
  }
}
