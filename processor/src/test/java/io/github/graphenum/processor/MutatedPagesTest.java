package io.github.graphenum.processor;

import static io.github.graphenum.processor.testing.Compile.processOnly;
import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import io.github.graphenum.processor.testing.RandomCheck;
import io.github.graphenum.processor.testing.RandomValues;
import io.github.graphenum.processor.testing.Shrinker;
import io.github.graphenum.processor.testing.Specs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real pages, damaged at random (rows dropped, cells split, pipes removed, spans cut in half, front
 * matter truncated, bytes that are not UTF-8): each gives an error or an enum that compiles with
 * every lint as an error, the processor never fails, never reads a translated span, gives the same
 * output for the same input, and never silently gives a member or a value the page did not have: an
 * enum that differs so comes with a warning. Then the defects this check found, each as the damaged
 * page that shows it.
 */
class MutatedPagesTest {
  /**
   * Tries in a build, from {@link RandomCheck#DEFAULT_SEED}: 5 to 15 s on a 2-core machine, by its
   * load.
   */
  private static final int TRIES = 50;

  /** Shrinking a failure may take this many checks, up to a minute or two. */
  private static final int MAX_SHRINK_CHECKS = 300;

  private static final Path DOCS = Path.of("../example/docs");

  /**
   * An example page, and the enum a spec asks of it (a section name on a multi-enum page, or none).
   */
  private record ExamplePage(String doc, String name) {
    /** {@code spec} asking for this page's enum by name, when the page documents several. */
    Specs.Builder named(Specs.Builder spec) {
      return name.isEmpty() ? spec : spec.name(name);
    }
  }

  private static final List<ExamplePage> PAGES =
      List.of(
          new ExamplePage("intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md", ""),
          new ExamplePage("api-reference/v1.0/resources/clonableteamparts.md", ""),
          new ExamplePage("api-reference/v1.0/resources/enums-callrecords.md", "clientPlatform"),
          new ExamplePage(
              "api-reference/v1.0/resources/intune-deviceconfig-iosupdatesinstallstatus.md", ""),
          new ExamplePage(
              "api-reference/beta/resources/intune-devices-windowsmalwarecategory.md", ""));

  /** What the seed page's visible, translated spans say: never to be read. */
  private static final Set<String> TRANSLATED =
      Set.of("nenhuma", "Completed", "falhou", ",0", "duas", "3D");

  private enum DamageKind {
    DROP_ROW,
    SPLIT_CELL,
    REMOVE_PIPE,
    CUT_SPAN,
    TRUNCATE_FRONT_MATTER,
    NOT_UTF8
  }

  /** One damage: its kind, and where (fractions of the table's rows and of a line). */
  private record Damage(DamageKind kind, double where, double extent) {}

  /**
   * One damaged page.
   *
   * @param page the index of the example page in {@link #PAGES}
   * @param damages how it was damaged (before shrinking, which damages it further)
   * @param bytes the damaged page
   */
  private record DamagedPage(int page, List<Damage> damages, byte[] bytes) {}

  @TempDir Path temp;

  /** One to ten damaged pages, each of one to three damages. */
  private static List<DamagedPage> damagedPages(SplittableRandom random) {
    return RandomValues.list(
        random,
        1,
        10,
        r -> {
          int page = r.nextInt(PAGES.size());
          List<Damage> damages =
              RandomValues.list(
                  r,
                  1,
                  3,
                  rr ->
                      new Damage(
                          RandomValues.oneOf(rr, List.of(DamageKind.values())),
                          rr.nextDouble(),
                          rr.nextDouble()));
          byte[] bytes = undamaged(page);
          for (Damage damage : damages) {
            bytes = apply(damage, bytes);
          }
          return new DamagedPage(page, damages, bytes);
        });
  }

  private static byte[] undamaged(int page) {
    try {
      return Files.readAllBytes(DOCS.resolve(PAGES.get(page).doc()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fewer pages, fewer lines, shorter lines. */
  private static Stream<List<DamagedPage>> smaller(List<DamagedPage> pages) {
    return Stream.concat(
        Shrinker.removals(pages, 1),
        Shrinker.replacements(
            pages,
            page -> {
              List<byte[]> lines = lines(page.bytes());
              return Stream.concat(
                      Shrinker.removals(lines, 0),
                      Shrinker.replacements(lines, MutatedPagesTest::shorterLines))
                  .map(shorter -> new DamagedPage(page.page(), page.damages(), join(shorter)));
            }));
  }

  /**
   * A line with characters removed; none when it is not UTF-8 (removing bytes would damage it
   * another way).
   */
  private static Stream<byte[]> shorterLines(byte[] line) {
    String text = utf8(line);
    return text == null
        ? Stream.empty()
        : Shrinker.shorter(text).map(shorter -> shorter.getBytes(StandardCharsets.UTF_8));
  }

  /** The text of {@code bytes}, or null when they are not UTF-8. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        joined.write('\n');
      }
      joined.writeBytes(lines.get(i));
    }
    return joined.toByteArray();
  }

  /** Each page: which example page, its damages, and its markdown. */
  private static String show(List<DamagedPage> pages) {
    return IntStream.range(0, pages.size())
        .mapToObj(
            i -> {
              DamagedPage page = pages.get(i);
              return "p"
                  + i
                  + ".md, spec S"
                  + i
                  + ": "
                  + PAGES.get(page.page())
                  + " damaged by "
                  + page.damages()
                  + (utf8(page.bytes()) != null
                      ? ""
                      : " (bytes that are not UTF-8 shown as U+FFFD)")
                  + ":\n"
                  + new String(page.bytes(), StandardCharsets.UTF_8);
            })
        .collect(Collectors.joining("\n"));
  }

  @Test
  void damagedPagesNeverCrashNeverInventAndNeverReadTranslations() {
    new RandomCheck<>(
            MutatedPagesTest::damagedPages,
            MutatedPagesTest::smaller,
            MutatedPagesTest::show,
            this::check,
            MAX_SHRINK_CHECKS)
        .run(TRIES);
  }

  // The defects this check found, each as the damaged page that shows it.

  /**
   * A side-by-side cell whose translated span lost its opening tag: the translated text, now
   * outside any span, was read with the English one ({@code nenhumanone}).
   */
  @Test
  void translatedTextLeftOutsideASpanIsNotRead() throws IOException {
    DamagedPage cut =
        damaged(0, "<span data-ttu-id=\"0f25e-112\">nenhuma</span>", "nenhuma</span>");
    InMemoryJavac.Result result = check(List.of(cut));
    assertEquals(List.of(), warnings(result, 0));
    assertEquals(
        List.of("none=0", "inProgress=1", "completed=2", "failed=3"),
        pairs(
            new GeneratedClasses(InMemoryJavac.compileStrictly(result.sources()).classes())
                .type("damaged.E0")));
  }

  /**
   * A split cell shifts the cells after it, and the parser drops the cells past the header's count
   * without a word: {@code -2016330712} split into {@code -201633071|2} gave the value -201633071,
   * silently. A column that is none of Member, Value and Description was dropped silently too.
   */
  @Test
  void cellsAndColumnsThatAreNotReadAreWarnedOf() throws IOException {
    DamagedPage split = damaged(3, "|downloading|-2016330712|", "|downloading|-201633071|2|");
    DamagedPage extraColumn =
        damaged(
            1,
            "| Description |\n|:---------------|:--------|:----------|",
            "| Description | Notes |\n|:---------------|:--------|:----------|:--|");
    InMemoryJavac.Result result = check(List.of(split, extraColumn));
    assertEquals(
        List.of(Compile.text(Message.OVERFULL_ROW.onPage("p0.md", 25))), warnings(result, 0));
    assertEquals(
        List.of(Compile.text(Message.UNKNOWN_COLUMN.onPage("p1.md", 20, "Notes"))),
        warnings(result, 1));
  }

  /** Example page {@code page} with {@code text} replaced by {@code damage}. */
  private static DamagedPage damaged(int page, String text, String damage) {
    String undamaged = new String(undamaged(page), StandardCharsets.UTF_8);
    assertTrue(undamaged.contains(text), text);
    return new DamagedPage(
        page, List.of(), undamaged.replace(text, damage).getBytes(StandardCharsets.UTF_8));
  }

  /** The warnings on spec {@code index}, without the spec's file name. */
  private static List<String> warnings(InMemoryJavac.Result result, int index) {
    return ownDiagnostics(result, index)
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(Locale.ROOT))
        .toList();
  }

  private static Stream<Diagnostic<? extends JavaFileObject>> ownDiagnostics(
      InMemoryJavac.Result result, int index) {
    return result.diagnostics().stream()
        .filter(
            d -> d.getSource() != null && d.getSource().getName().endsWith("/S" + index + ".java"));
  }

  /** Processes one spec per page, checks each outcome, and returns the processing. */
  private InMemoryJavac.Result check(List<DamagedPage> pages) throws IOException {
    Path docs = Files.createTempDirectory(temp, "damaged");
    List<JavaFileObject> specs = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Files.write(docs.resolve("p" + i + ".md"), pages.get(i).bytes());
      specs.add(
          PAGES
              .get(pages.get(i).page())
              .named(
                  graphEnum("S" + i).inPackage("damaged").doc("p" + i + ".md").className("E" + i))
              .source());
    }
    JavaFileObject[] sources = specs.toArray(JavaFileObject[]::new);
    List<String> options = List.of(Compile.docs(docs));
    InMemoryJavac.Result result = processOnly(options, sources);
    assertEquals(result.sources(), processOnly(options, sources).sources(), "deterministic");
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      assertFalse(
          d.getMessage(Locale.ROOT).contains("graphenum failed"), d.getMessage(Locale.ROOT));
    }
    GeneratedClasses classes = null;
    if (!result.sources().isEmpty()) {
      InMemoryJavac.Result compiled = InMemoryJavac.compileStrictly(result.sources());
      assertTrue(compiled.success(), () -> compiled.diagnostics() + "\n" + result.sources());
      classes = new GeneratedClasses(compiled.classes());
    }
    for (int i = 0; i < pages.size(); i++) {
      checkOutcome(result, classes, i, pages.get(i).page());
    }
    return result;
  }

  /**
   * Spec {@code index} got an error or an enum, and an enum holds nothing the undamaged page lacks
   * unless a warning says so; {@code classes} holds the generated enums (null when none was).
   */
  private static void checkOutcome(
      InMemoryJavac.Result result, GeneratedClasses classes, int index, int page) {
    boolean generated = result.sources().containsKey("damaged.E" + index);
    boolean erred =
        ownDiagnostics(result, index).anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    assertTrue(
        generated != erred,
        () ->
            "spec S"
                + index
                + " gives an enum or an error: generated "
                + generated
                + ", erred "
                + erred);
    if (!generated) {
      return;
    }
    boolean warned = !warnings(result, index).isEmpty();
    Set<String> documented = original(page);
    for (String pair : pairs(classes.type("damaged.E" + index))) {
      assertTrue(
          warned || documented.contains(pair),
          () ->
              pair
                  + " is not on the undamaged page, and S"
                  + index
                  + " has no warning: "
                  + documented);
      assertFalse(TRANSLATED.contains(pair.substring(0, pair.indexOf('='))), pair);
    }
  }

  private static final Map<Integer, Set<String>> ORIGINALS = new HashMap<>();

  /** The member=value pairs of the undamaged page, as the processor reads it. */
  private static synchronized Set<String> original(int page) {
    return ORIGINALS.computeIfAbsent(
        page,
        p -> {
          ExamplePage example = PAGES.get(p);
          InMemoryJavac.Result processed =
              processOnly(
                  List.of(Compile.docs(DOCS.toAbsolutePath())),
                  example
                      .named(
                          graphEnum("S0").inPackage("original").doc(example.doc()).className("E0"))
                      .source());
          InMemoryJavac.Result compiled = InMemoryJavac.compileStrictly(processed.sources());
          return new HashSet<>(pairs(new GeneratedClasses(compiled.classes()).type("original.E0")));
        });
  }

  /**
   * The {@code member=value} (or {@code member=} without values) of each constant of {@code type}.
   */
  private static List<String> pairs(Class<?> type) {
    boolean hasValues = Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("value"));
    return Arrays.stream(type.getEnumConstants())
        .map(
            constant ->
                GeneratedClasses.call(constant, "memberName")
                    + "="
                    + (hasValues ? GeneratedClasses.call(constant, "value") : ""))
        .toList();
  }

  private static byte[] apply(Damage damage, byte[] page) {
    String text = new String(page, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("|")) {
        rows.add(i);
      }
    }
    int row = rows.isEmpty() ? 0 : rows.get((int) (damage.where() * (rows.size() - 1)));
    String line = lines.get(row);
    int at = (int) (damage.extent() * line.length());
    switch (damage.kind()) {
      case DROP_ROW -> lines.remove(row);
      case SPLIT_CELL -> lines.set(row, line.substring(0, at) + "|" + line.substring(at));
      case REMOVE_PIPE -> {
        int pipe = line.indexOf('|', Math.max(1, at));
        if (pipe > 0) {
          lines.set(row, line.substring(0, pipe) + line.substring(pipe + 1));
        }
      }
      case CUT_SPAN -> {
        int span = line.indexOf("<span", at);
        if (span >= 0) {
          int end = Math.min(line.length(), span + 1 + (int) (damage.where() * 40));
          lines.set(row, line.substring(0, span + 1) + line.substring(end));
        }
      }
      case TRUNCATE_FRONT_MATTER -> {
        int cut = 1 + (int) (damage.extent() * Math.min(12, lines.size() - 1));
        for (int i = 0; i < cut && lines.size() > 1; i++) {
          lines.remove(1);
        }
      }
      case NOT_UTF8 -> {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        int position = (int) (damage.where() * bytes.length);
        byte[] damaged = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, damaged, 0, position);
        damaged[position] = (byte) 0xC3;
        damaged[position + 1] = (byte) 0x28; // an invalid two-byte sequence
        System.arraycopy(bytes, position, damaged, position + 2, bytes.length - position);
        return damaged;
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}
