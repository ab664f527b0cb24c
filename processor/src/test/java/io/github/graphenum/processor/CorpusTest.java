package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.graphenum.processor.metadata.CsdlReader;
import io.github.graphenum.processor.spec.FolderSpec;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the processor over the real pages of {@code ../shared/corpus}: one spec per documented enum,
 * compiled together, and checks every generated enum against {@code expected/*.json}, member for
 * member and value for value. Skipped, with a line on the console, where the corpus is absent (a
 * user's clone).
 */
public class CorpusTest {
  /** The enums documented twice on one page with different tables: errors, not enums. */
  private static final List<String> CONTRADICTIONS =
      List.of(
          "api-reference/beta/resources/enums.md#registrationAuthMethod",
          "api-reference/beta/resources/enums.md#riskDetail",
          "api-reference/beta/resources/enums.md#tokenIssuerType");

  /**
   * The corpus: {@code -Dgraphenum.corpus}, resolved against the directory mvn runs in (Surefire
   * runs the tests in the module's directory, so the pom passes that one on as {@code
   * graphenum.runDirectory}), or else {@code ../shared/corpus} beside the project.
   */
  public static final Path CORPUS = locateCorpus();

  private static Path locateCorpus() {
    String given = System.getProperty("graphenum.corpus");
    Path corpus =
        given == null || given.isEmpty()
            ? Path.of("../../shared/corpus")
            : Path.of(System.getProperty("graphenum.runDirectory", "")).resolve(given);
    return corpus.toAbsolutePath().normalize();
  }

  /**
   * Says on the console why the corpus tests are skipped: Surefire's console shows only a count of
   * skipped tests, and their reason only in {@code target/surefire-reports}.
   */
  @BeforeAll
  static void sayWhyTheyAreSkipped() {
    if (!hasCorpus()) {
      System.out.println(
          "CorpusTest: skipped, no corpus at "
              + CORPUS
              + " (no en/ folder there); to run it, add -Dgraphenum.corpus=<dir> (absolute, or"
              + " relative to the directory you run mvn in)");
    }
  }

  public static boolean hasCorpus() {
    return Files.isDirectory(CORPUS.resolve("en"));
  }

  private static Path corpus() {
    assumeTrue(
        hasCorpus(),
        "no corpus at " + CORPUS + "; set -Dgraphenum.corpus=<dir> to run the corpus tests");
    return CORPUS;
  }

  /**
   * The enums of {@code en/}, generated and checked once for the tests that look at them, with the
   * Portuguese side-by-side pages as their pt-BR translations: the translations cost the English
   * checks nothing but the reading of the localized pages.
   */
  private static Generated english;

  private static synchronized Generated english() throws IOException {
    if (english == null) {
      english = checkAgainstExpected("en", List.of(translations("pt-BR-sxs")));
    }
    return english;
  }

  /**
   * The option that takes the pages of the corpus folder {@code folder} for the pt-BR translations.
   */
  private static String translations(String folder) {
    return "-Agraphenum.translations=pt-BR=" + corpus().resolve(folder).toAbsolutePath();
  }

  @Test
  void englishPagesGiveTheDocumentedEnums(@TempDir Path javadocOut) throws IOException {
    Map<String, String> sources = english().sources();
    long start = System.nanoTime();
    List<Diagnostic<? extends JavaFileObject>> javadoc = InMemoryJavac.javadoc(sources, javadocOut);
    System.out.printf(
        "javadoc -Xdoclint:all over %d generated enums: %d warnings or errors, %d ms%n",
        sources.size(), javadoc.size(), (System.nanoTime() - start) / 1_000_000);
    assertEquals(List.of(), javadoc.stream().limit(5).map(d -> d.getMessage(Locale.ROOT)).toList());
  }

  @Test
  void sideBySidePagesGiveTheEnglishEnums() throws IOException {
    checkAgainstExpected("pt-BR-sxs", List.of());
  }

  /**
   * The English enums with the side-by-side pages as translations: every described member of every
   * enum a side-by-side page documents is translated, through {@code description(Locale)}, unless
   * its translation is stale (made from other English text than the page's, counted by the closing
   * note); the other members that fall back to English are those of the enums no side-by-side page
   * documents.
   */
  @Test
  void sideBySidePagesTranslateEveryDescribedMember() throws Exception {
    Generated en = english();
    JsonNode sideBySide =
        new ObjectMapper().readTree(corpus().resolve("expected/pt-BR-sxs.json").toFile());
    int matched = 0;
    int translatedEnums = 0;
    int translated = 0;
    int fellBack = 0;
    List<String> untranslated = new ArrayList<>();
    for (Spec spec : en.generated()) {
      Properties bundle = bundle(en.resources(), spec);
      boolean documented =
          sideBySide.has(spec.page())
              && distinctNames(sideBySide.get(spec.page())).contains(spec.name());
      Class<?> type = en.classes().type(spec.className());
      for (Object constant : type.getEnumConstants()) {
        String member = (String) GeneratedClasses.call(constant, "memberName");
        String english = (String) GeneratedClasses.call(constant, "description");
        if (bundle.containsKey(member)) {
          translated++;
          assertEquals(
              bundle.get(member),
              type.getMethod("description", Locale.class)
                  .invoke(constant, Locale.forLanguageTag("pt-BR")));
          assertEquals(
              english,
              type.getMethod("description", Locale.class).invoke(constant, Locale.ENGLISH));
        } else if (documented && !english.isEmpty()) {
          untranslated.add(spec.key() + "#" + member);
        } else if (!english.isEmpty()) {
          fellBack++;
        }
      }
      matched += documented ? 1 : 0;
      translatedEnums += bundle.isEmpty() ? 0 : 1;
      assertTrue(
          documented || bundle.isEmpty(),
          () -> spec.key() + " has no side-by-side page, but a translation");
    }
    String summary = summary(en.diagnostics());
    int stale = staleCount(summary);
    System.out.printf(
        "corpus en with pt-BR-sxs translations: %d enums documented on a side-by-side page, %d of"
            + " them with descriptions: %d members translated, %d stale (served in English) %s;"
            + " %d members of other enums fell back to English; %s%n",
        matched,
        translatedEnums,
        translated,
        stale,
        untranslated.stream().limit(10).toList(),
        fellBack,
        summary);
    assertEquals(
        stale,
        untranslated.size(),
        () ->
            "every described member of a documented enum is translated, unless its translation is"
                + " stale: "
                + untranslated.stream().limit(10).toList());
    // pt-BR-sxs documents 1,011 enums that generate; 2 of them are on pages en/ lacks. Its English
    // spans are the text of en/ (one month older) but for white space and a zero-width space: no
    // translation is stale.
    assertEquals(
        List.of(1_009, 665, 3_534, 0, 106),
        List.of(matched, translatedEnums, translated, stale, fellBack));
    assertTrue(
        summary.endsWith(
            String.format(
                ": %,d of the 1,017 enums generated from pages translated; %,d member descriptions"
                    + " translated, %,d fell back to English (0 of them with a stale translation;"
                    + " 1,851 members have no description)",
                translatedEnums, translated, fellBack + stale)),
        summary);
  }

  /**
   * The English enums with the machine-translated pages, which have no English spans, as
   * translations: a member is translated only where its page kept its name, which the page's own
   * text shows as the first cell of a table row.
   */
  @Test
  void machineTranslatedPagesTranslateTheMembersWhoseNamesStayEnglish() throws IOException {
    Path corpus = corpus();
    List<Spec> specs =
        specsOf(
            new ObjectMapper().readTree(corpus.resolve("expected/en.json").toFile()),
            new HashMap<>());
    Map<Integer, List<Diagnostic<? extends JavaFileObject>>> diagnostics = new HashMap<>();
    InMemoryJavac.Result processed =
        process(corpus.resolve("en"), specs, diagnostics, List.of(translations("pt-BR-mt")));
    int enums = 0;
    int translated = 0;
    List<String> renamed = new ArrayList<>();
    for (Spec spec : specs) {
      Properties bundle = bundle(processed.resources(), spec);
      if (bundle.isEmpty()) {
        continue;
      }
      enums++;
      translated += bundle.size();
      String page = Files.readString(corpus.resolve("pt-BR-mt").resolve(spec.page()));
      for (Object member : bundle.keySet()) {
        if (!Pattern.compile("(?m)^\\|?\\s*" + Pattern.quote((String) member) + "\\s*\\|")
            .matcher(page)
            .find()) {
          renamed.add(spec.key() + "#" + member);
        }
      }
    }
    Map<Diagnostic.Kind, Long> kinds = new java.util.TreeMap<>();
    diagnostics.values().stream()
        .flatMap(List::stream)
        .filter(d -> message(d).contains(" pt-BR "))
        .forEach(d -> kinds.merge(d.getKind(), 1L, Long::sum));
    String summary = summary(processed.diagnostics());
    System.out.printf(
        "corpus en with pt-BR-mt translations: %d enums translated, %d members (translation notes"
            + " and warnings: %s); %s%n",
        enums, translated, kinds, summary);
    diagnostics.values().stream()
        .flatMap(List::stream)
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING && message(d).contains(" pt-BR "))
        .limit(3)
        .forEach(d -> System.out.println("  for instance: " + message(d)));
    assertEquals(List.of(), renamed, "only members whose name the page kept are translated");
    assertEquals(List.of(625, 2_629), List.of(enums, translated));
    assertTrue(
        summary.endsWith(
            ": 625 of the 1,017 enums generated from pages translated; 2,629 member descriptions"
                + " translated, 1,011 fell back to English (0 of them with a stale translation;"
                + " 1,851 members have no description)"),
        summary);
  }

  /** The count of members with a stale translation, as the closing note {@code summary} says. */
  private static int staleCount(String summary) {
    java.util.regex.Matcher count =
        Pattern.compile("fell back to English \\(([\\d,]+) of them with a stale translation;")
            .matcher(summary);
    assertTrue(count.find(), summary);
    return Integer.parseInt(count.group(1).replace(",", ""));
  }

  /** The closing note of the pt-BR translations. */
  private static String summary(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .map(CorpusTest::message)
        .filter(m -> m.startsWith("[graphenum] pt-BR descriptions from "))
        .findFirst()
        .orElseThrow();
  }

  /** The pt-BR bundle of the enum of {@code spec}, empty when it has none. */
  private static Properties bundle(Map<String, byte[]> resources, Spec spec) throws IOException {
    Properties bundle = new Properties();
    byte[] bytes =
        resources.get(spec.className().replace('.', '/') + "Descriptions_pt_BR.properties");
    if (bytes != null) {
      bundle.load(new java.io.ByteArrayInputStream(bytes));
    }
    return bundle;
  }

  @Test
  void machineTranslatedPagesAreNeverSilent() throws IOException {
    Path corpus = corpus();
    Path root = corpus.resolve("pt-BR-mt");
    JsonNode english = new ObjectMapper().readTree(corpus.resolve("expected/en.json").toFile());
    List<Spec> specs = new ArrayList<>();
    List<String> pages;
    try (Stream<Path> files = Files.walk(root)) {
      pages =
          files
              .filter(p -> p.toString().endsWith(".md"))
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    for (String page : pages) {
      JsonNode enums = english.get(page);
      if (enums == null) {
        specs.add(new Spec(specs.size(), page, ""));
      } else {
        for (String name : distinctNames(enums)) {
          specs.add(new Spec(specs.size(), page, name));
        }
      }
    }
    Map<Integer, List<Diagnostic<? extends JavaFileObject>>> diagnostics = new HashMap<>();
    InMemoryJavac.Result processed = process(root, specs, diagnostics, List.of());
    int warned = 0;
    int failed = 0;
    int silent = 0;
    for (Spec spec : specs) {
      List<Diagnostic<? extends JavaFileObject>> own =
          diagnostics.getOrDefault(spec.index, List.of());
      assertTrue(
          own.stream().noneMatch(d -> message(d).contains("graphenum failed")),
          () -> spec + ": " + own);
      if (own.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
        failed++;
      } else if (own.stream().anyMatch(d -> message(d).contains("machine-translated"))) {
        warned++;
      } else {
        silent++;
        System.out.println("silent: " + spec);
      }
    }
    System.out.printf(
        "corpus pt-BR-mt: %d pages, %d specs: %d generated with the machine-translation warning, %d"
            + " errors, %d silent%n",
        pages.size(), specs.size(), warned, failed, silent);
    assertEquals(0, silent, "every machine-translated page gets an error or a warning");
    assertTrue(warned > 0, "valid machine-translated pages generate, with the warning");
    // Sources beside the enums (an evolvable enum's member type) are not counted.
    long enums =
        processed.sources().values().stream().filter(s -> s.contains("\npublic enum ")).count();
    assertEquals(warned, enums, "an enum for each page that generated");
  }

  /**
   * Every v1.0 enum of {@code en/} against the v1.0 service metadata: the enums where the docs and
   * the metadata agree get no drift warning, the ones that differ one each, and the ones the
   * metadata lacks a note.
   */
  @Test
  void v1PagesAgainstTheV1Metadata() throws IOException {
    Path corpus = corpus();
    JsonNode expected = new ObjectMapper().readTree(corpus.resolve("expected/en.json").toFile());
    List<Spec> specs = new ArrayList<>();
    for (Iterator<String> pages = expected.fieldNames(); pages.hasNext(); ) {
      String page = pages.next();
      if (page.startsWith("api-reference/v1.0/")) {
        for (String name : distinctNames(expected.get(page))) {
          specs.add(new Spec(specs.size(), page, name));
        }
      }
    }
    Path metadata = corpus.resolve("metadata/v1.0.csdl.xml").toAbsolutePath();
    // Three times each, alternating, and the fastest run of each counted: the first runs warm the
    // JIT. A rough figure: the benchmarks module measures processing properly.
    long without = Long.MAX_VALUE;
    long with = Long.MAX_VALUE;
    Map<Integer, List<Diagnostic<? extends JavaFileObject>>> diagnostics = new HashMap<>();
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      process(corpus.resolve("en"), specs, new HashMap<>(), List.of());
      without = Math.min(without, System.nanoTime() - start);
      diagnostics.clear();
      start = System.nanoTime();
      process(
          corpus.resolve("en"), specs, diagnostics, List.of("-Agraphenum.metadata=" + metadata));
      with = Math.min(with, System.nanoTime() - start);
    }
    long read = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long start = System.nanoTime();
      try {
        CsdlReader.read(List.of(metadata));
      } catch (CsdlReader.InvalidMetadataException e) {
        throw new AssertionError(e);
      }
      read = Math.min(read, System.nanoTime() - start);
    }
    int agree = 0;
    int drift = 0;
    int absent = 0;
    int flags = 0;
    for (Spec spec : specs) {
      List<String> own =
          diagnostics.getOrDefault(spec.index, List.of()).stream()
              .map(CorpusTest::message)
              .toList();
      long drifts =
          own.stream().filter(m -> m.contains("the docs and the service metadata")).count();
      boolean missing = own.stream().anyMatch(m -> m.contains("is not in the service metadata"));
      flags += (int) own.stream().filter(m -> m.contains("IsFlags")).count();
      assertTrue(
          own.stream().noneMatch(m -> m.contains("graphenum failed")), () -> spec + ": " + own);
      assertTrue(drifts <= 1, () -> spec + " has one drift warning at most: " + own);
      if (missing) {
        absent++;
        assertEquals(0, drifts);
      } else if (drifts == 1) {
        drift++;
      } else {
        agree++;
      }
    }
    System.out.printf(
        "corpus v1.0 against v1.0.csdl.xml: %d enums: %d agree, %d drift, %d not in the metadata"
            + " (%d flags warnings); processing %d ms without the metadata, %d ms with it; reading"
            + " the metadata alone %d ms%n",
        specs.size(),
        agree,
        drift,
        absent,
        flags,
        without / 1_000_000,
        with / 1_000_000,
        read / 1_000_000);
    assertEquals(List.of(245, 32, 24), List.of(agree, drift, absent));
  }

  @Test
  void englishFoldersFromOneAnnotationEach() throws IOException {
    checkFolders("en", 8);
  }

  @Test
  void sideBySideFoldersFromOneAnnotationEach() throws IOException {
    checkFolders("pt-BR-sxs", -1);
  }

  /**
   * {@code @GraphEnums} over the beta and the v1.0 resources folders of {@code corpus}: every enum
   * the pages document is generated, from its page of its own where pages disagree, and matches
   * {@code expected/*.json}; each contradiction is one warning.
   *
   * @param contradictions how many enums the folders contradict themselves on, or -1 to count them
   */
  private void checkFolders(String corpusFolder, int contradictions) throws IOException {
    Path corpus = corpus();
    JsonNode expected =
        new ObjectMapper().readTree(corpus.resolve("expected/" + corpusFolder + ".json").toFile());
    List<JavaFileObject> specs =
        List.of(
            InMemoryJavac.source(
                "corpus.beta.Enums",
                "package corpus.beta;\n"
                    + "@io.github.graphenum.GraphEnums(folder = \"api-reference/beta/resources\")\n"
                    + "interface Enums {}\n"),
            InMemoryJavac.source(
                "corpus.v1.Enums",
                "package corpus.v1;\n"
                    + "@io.github.graphenum.GraphEnums(folder = \"api-reference/v1.0/resources\")\n"
                    + "interface Enums {}\n"));
    long start = System.nanoTime();
    InMemoryJavac.Result processed =
        InMemoryJavac.compile(
            specs,
            List.of(
                "-proc:only", "-Agraphenum.docs=" + corpus.resolve(corpusFolder).toAbsolutePath()),
            List.of(new GraphEnumProcessor()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(
        processed.success(),
        () ->
            processed.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .limit(5)
                .toList()
                .toString());
    InMemoryJavac.Result compiled = InMemoryJavac.compileStrictly(processed.sources());
    assertTrue(
        compiled.success(),
        () ->
            compiled
                .diagnostics()
                .subList(0, Math.min(5, compiled.diagnostics().size()))
                .toString());
    GeneratedClasses classes = new GeneratedClasses(compiled.classes());

    // What the pages document, by folder, namespace and name; the tables each place gives.
    Map<String, List<Map.Entry<String, JsonNode>>> documented = new LinkedHashMap<>();
    for (Iterator<String> pages = expected.fieldNames(); pages.hasNext(); ) {
      String page = pages.next();
      String base = page.startsWith("api-reference/beta/") ? "corpus.beta" : "corpus.v1";
      for (JsonNode e : expected.get(page)) {
        String namespace = e.get("namespace").isNull() ? null : e.get("namespace").asText();
        documented
            .computeIfAbsent(
                base + "|" + namespace + "|" + e.get("name").asText(), k -> new ArrayList<>())
            .add(Map.entry(page, e));
      }
    }
    int exact = 0;
    int contradicted = 0;
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, List<Map.Entry<String, JsonNode>>> entry : documented.entrySet()) {
      String[] key = entry.getKey().split("\\|");
      String namespace = key[1].equals("null") ? null : key[1];
      String name = key[2];
      List<Map.Entry<String, JsonNode>> places = entry.getValue();
      Map.Entry<String, JsonNode> own =
          places.stream()
              .filter(
                  p -> !p.getKey().substring(p.getKey().lastIndexOf('/') + 1).startsWith("enums"))
              .findFirst()
              .orElse(null);
      boolean agree =
          places.stream()
              .allMatch(
                  p -> p.getValue().get("members").equals(places.get(0).getValue().get("members")));
      if (!agree) {
        contradicted++;
      }
      String className =
          FolderSpec.packageFor(key[0], namespace)
              + "."
              + name.substring(0, 1).toUpperCase(Locale.ROOT)
              + name.substring(1);
      if (!agree && own == null) {
        assertTrue(
            processed.sources().keySet().stream().noneMatch(className::equals),
            className + " contradicts itself: not generated");
        continue;
      }
      JsonNode chosen = (own != null ? own : places.get(0)).getValue();
      String mismatch = compare(classes.type(className), chosen);
      if (mismatch == null) {
        exact++;
      } else {
        wrong.add(className + ": " + mismatch);
      }
    }
    long warnings =
        processed.diagnostics().stream()
            .map(CorpusTest::message)
            .filter(
                m ->
                    m.contains("is documented with different members")
                        || m.contains("documented twice on this page with different members"))
            .count();
    System.out.printf(
        "corpus %s folders (beta and v1.0, one @GraphEnums each): %d enums documented, %d generated"
            + " exactly, %d wrong, %d contradictions (%d warnings), %d classes; processed in %d"
            + " ms%n",
        corpusFolder,
        documented.size(),
        exact,
        wrong.size(),
        contradicted,
        warnings,
        processed.sources().size(),
        millis);
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    assertEquals(List.of(), wrong);
    assertEquals(contradicted, warnings, "one warning per contradiction");
    if (contradictions >= 0) {
      assertEquals(contradictions, contradicted);
    }
  }

  /**
   * What {@link #checkAgainstExpected} generated.
   *
   * @param generated the specs that generated an enum
   * @param sources the generated sources
   * @param classes the generated enums, compiled, with their resources
   * @param resources the generated resource bundles, by path
   * @param diagnostics what the processing reported
   */
  private record Generated(
      List<Spec> generated,
      Map<String, String> sources,
      GeneratedClasses classes,
      Map<String, byte[]> resources,
      List<Diagnostic<? extends JavaFileObject>> diagnostics) {}

  /**
   * One spec per enum of {@code expected}, with what each one documents put in {@code
   * expectedBySpec}.
   */
  private static List<Spec> specsOf(JsonNode expected, Map<Integer, JsonNode> expectedBySpec) {
    List<Spec> specs = new ArrayList<>();
    for (Iterator<String> pages = expected.fieldNames(); pages.hasNext(); ) {
      String page = pages.next();
      for (String name : distinctNames(expected.get(page))) {
        Spec spec = new Spec(specs.size(), page, name);
        specs.add(spec);
        for (JsonNode documented : expected.get(page)) {
          if (documented.get("name").asText().equals(name)) {
            expectedBySpec.putIfAbsent(spec.index, documented);
          }
        }
      }
    }
    return specs;
  }

  /**
   * Checks every enum of {@code folder}, processed with {@code options}, and returns what was
   * generated.
   */
  private static Generated checkAgainstExpected(String folder, List<String> options)
      throws IOException {
    Path corpus = corpus();
    JsonNode expected =
        new ObjectMapper().readTree(corpus.resolve("expected/" + folder + ".json").toFile());
    Map<Integer, JsonNode> expectedBySpec = new HashMap<>();
    List<Spec> specs = specsOf(expected, expectedBySpec);
    Map<Integer, List<Diagnostic<? extends JavaFileObject>>> diagnostics = new HashMap<>();
    InMemoryJavac.Result processed = process(corpus.resolve(folder), specs, diagnostics, options);
    InMemoryJavac.Result compiled = InMemoryJavac.compileStrictly(processed.sources());
    assertTrue(
        compiled.success(),
        () ->
            "generated code: "
                + compiled.diagnostics().subList(0, Math.min(5, compiled.diagnostics().size())));
    GeneratedClasses classes = new GeneratedClasses(compiled.classes(), processed.resources());
    List<Spec> generated = new ArrayList<>();

    int exact = 0;
    List<String> wrong = new ArrayList<>();
    List<String> notGenerated = new ArrayList<>();
    int warnings = 0;
    for (Spec spec : specs) {
      List<Diagnostic<? extends JavaFileObject>> own =
          diagnostics.getOrDefault(spec.index, List.of());
      warnings += (int) own.stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).count();
      boolean error = own.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
      if (error) {
        notGenerated.add(spec.key() + " " + own.stream().map(CorpusTest::message).toList());
        continue;
      }
      generated.add(spec);
      String mismatch = compare(classes.type(spec.className()), expectedBySpec.get(spec.index));
      if (mismatch == null) {
        exact++;
      } else {
        wrong.add(spec.key() + ": " + mismatch);
      }
    }
    System.out.printf(
        "corpus %s: %d enums: %d exact, %d wrong, %d not generated (%d warnings)%n",
        folder, specs.size(), exact, wrong.size(), notGenerated.size(), warnings);
    notGenerated.forEach(n -> System.out.println("  not generated: " + n));
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    assertEquals(List.of(), wrong);
    assertEquals(
        CONTRADICTIONS, notGenerated.stream().map(n -> n.substring(0, n.indexOf(' '))).toList());
    assertEquals(specs.size() - CONTRADICTIONS.size(), exact);
    return new Generated(
        generated, processed.sources(), classes, processed.resources(), processed.diagnostics());
  }

  /** Null when {@code constants} hold exactly the expected members and values, in order. */
  private static String compare(Class<?> type, JsonNode expected) {
    Object[] constants = type.getEnumConstants();
    List<String> actual = new ArrayList<>();
    for (Object constant : constants) {
      String member = (String) GeneratedClasses.call(constant, "memberName");
      actual.add(
          expected.get("hasValues").asBoolean()
              ? member + "=" + GeneratedClasses.call(constant, "value")
              : member);
    }
    List<String> documented = new ArrayList<>();
    for (JsonNode member : expected.get("members")) {
      documented.add(
          member.get(1).isNull()
              ? member.get(0).asText()
              : member.get(0).asText() + "=" + member.get(1).asInt());
    }
    boolean hasValueMethod =
        Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("value"));
    if (hasValueMethod != expected.get("hasValues").asBoolean()) {
      return "value() present: " + hasValueMethod;
    }
    return actual.equals(documented) ? null : actual + " but the page documents " + documented;
  }

  private static InMemoryJavac.Result process(
      Path docs,
      List<Spec> specs,
      Map<Integer, List<Diagnostic<? extends JavaFileObject>>> diagnostics,
      List<String> options) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Spec spec : specs) {
      sources.add(InMemoryJavac.source(spec.qualifiedSpecName(), spec.source()));
    }
    long start = System.nanoTime();
    InMemoryJavac.Result compilation =
        InMemoryJavac.compile(
            sources,
            concat(List.of("-proc:only", "-Agraphenum.docs=" + docs.toAbsolutePath()), options),
            List.of(new GraphEnumProcessor()));
    System.out.printf(
        "processed %d specs of %s in %d ms%n",
        specs.size(), docs, (System.nanoTime() - start) / 1_000_000);
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getSource() == null) {
        continue;
      }
      String name = diagnostic.getSource().getName();
      int index =
          Integer.parseInt(
              name.substring(name.lastIndexOf("/S") + 2, name.length() - ".java".length()));
      diagnostics.computeIfAbsent(index, i -> new ArrayList<>()).add(diagnostic);
    }
    return compilation;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static List<String> distinctNames(JsonNode enums) {
    List<String> names = new ArrayList<>();
    for (JsonNode documented : enums) {
      String name = documented.get("name").asText();
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static String message(Diagnostic<?> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }

  /**
   * One spec: the enum {@code name} of {@code page}, or the page's only enum when name is empty.
   */
  private record Spec(int index, String page, String name) {
    String packageName() {
      return "corpus.s" + index;
    }

    String qualifiedSpecName() {
      return packageName() + ".S" + index;
    }

    String className() {
      return packageName()
          + "."
          + name.substring(0, 1).toUpperCase(Locale.ROOT)
          + name.substring(1);
    }

    String key() {
      return page + "#" + name;
    }

    String source() {
      return "package "
          + packageName()
          + ";\n"
          + "@io.github.graphenum.GraphEnum(doc = \""
          + page
          + "\""
          + (name.isEmpty() ? "" : ", name = \"" + name + "\"")
          + ")\n"
          + "interface S"
          + index
          + " {}\n";
    }
  }
}
