package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Real pages, damaged at random (rows dropped, cells split, pipes removed, spans cut in half, front
 * matter truncated, bytes that are not UTF-8): the processor never fails, never reads a translated
 * span, gives the same output for the same input, and never silently gives a member or a value the
 * page did not have: an enum that differs so comes with a warning.
 */
class MutatedPagesProperties {
  private static final Path DOCS = Path.of("../example/docs");

  /** The example pages, and the enum each documents (a section name on a multi-enum page). */
  private static final List<List<String>> PAGES =
      List.of(
          List.of("intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md", ""),
          List.of("api-reference/v1.0/resources/clonableteamparts.md", ""),
          List.of("api-reference/v1.0/resources/enums-callrecords.md", "clientPlatform"),
          List.of("api-reference/v1.0/resources/intune-deviceconfig-iosupdatesinstallstatus.md", ""),
          List.of("api-reference/beta/resources/intune-devices-windowsmalwarecategory.md", ""));

  /** What the seed page's visible, translated spans say: never to be read. */
  private static final Set<String> TRANSLATED = Set.of("nenhuma", "Completed", "falhou", ",0", "duas", "3D");

  /** One damage: its kind, and where (a fraction of the page). */
  record Damage(String kind, double where, double extent) {}

  /** One damaged page. */
  record Case(int page, List<Damage> damages) {}

  @Provide
  Arbitrary<List<Case>> cases() {
    Arbitrary<Damage> damage =
        Combinators.combine(
                Arbitraries.of("dropRow", "splitCell", "removePipe", "cutSpan", "truncateFrontMatter", "notUtf8"),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1))
            .as(Damage::new);
    Arbitrary<Case> one = Combinators.combine(Arbitraries.integers().between(0, PAGES.size() - 1), damage.list().ofMinSize(1).ofMaxSize(3)).as(Case::new);
    return one.list().ofMinSize(1).ofMaxSize(10);
  }

  @Property(tries = 40)
  void damagedPagesNeverCrashNeverInventAndNeverReadTranslations(@ForAll("cases") List<Case> cases) throws IOException {
    Path docs = Files.createTempDirectory("damaged");
    List<JavaFileObject> specs = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      byte[] page = Files.readAllBytes(DOCS.resolve(PAGES.get(c.page()).get(0)));
      for (Damage damage : c.damages()) {
        page = apply(damage, page);
      }
      Files.write(docs.resolve("p" + i + ".md"), page);
      String name = PAGES.get(c.page()).get(1);
      specs.add(InMemoryJavac.source("damaged.S" + i, "package damaged;\n@io.github.graphenum.GraphEnum(doc = \"p" + i + ".md\", className = \"E" + i + "\""
          + (name.isEmpty() ? "" : ", name = \"" + name + "\"") + ")\ninterface S" + i + " {}\n"));
    }
    List<String> options = List.of("-proc:only", "-Agraphenum.docs=" + docs);
    InMemoryJavac.Result result = InMemoryJavac.compile(specs, options, List.of(new GraphEnumProcessor()));
    assertEquals(result.sources(), InMemoryJavac.compile(specs, options, List.of(new GraphEnumProcessor())).sources(), "deterministic");
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      assertFalse(d.getMessage(Locale.ROOT).contains("graphenum failed"), d.getMessage(Locale.ROOT));
    }
    for (int i = 0; i < cases.size(); i++) {
      String source = result.sources().get("damaged.E" + i);
      if (source == null) {
        continue;
      }
      Set<String> documented = original(cases.get(i).page());
      int index = i;
      boolean warned = result.diagnostics().stream()
          .anyMatch(d -> d.getKind() == Diagnostic.Kind.WARNING && d.getSource() != null && d.getSource().getName().endsWith("/S" + index + ".java"));
      for (String pair : pairs(source)) {
        assertTrue(warned || documented.contains(pair), () -> pair + " is not on the undamaged page, silently: " + cases.get(index) + " " + documented);
        assertFalse(TRANSLATED.contains(pair.substring(0, pair.indexOf('='))), pair);
      }
    }
  }

  private static final Map<Integer, Set<String>> ORIGINALS = new HashMap<>();

  /** The member=value pairs of the undamaged page, as the processor reads it. */
  private static synchronized Set<String> original(int page) {
    return ORIGINALS.computeIfAbsent(page, p -> {
      String name = PAGES.get(p).get(1);
      JavaFileObject spec = InMemoryJavac.source("original.S", "package original;\n@io.github.graphenum.GraphEnum(doc = \"" + PAGES.get(p).get(0)
          + "\", className = \"E\"" + (name.isEmpty() ? "" : ", name = \"" + name + "\"") + ")\ninterface S {}\n");
      InMemoryJavac.Result result = InMemoryJavac.compile(List.of(spec), List.of("-proc:only", "-Agraphenum.docs=" + DOCS.toAbsolutePath()), List.of(new GraphEnumProcessor()));
      return new HashSet<>(pairs(result.sources().get("original.E")));
    });
  }

  /** The {@code member=value} (or {@code member=}) of each constant in a generated source. */
  private static List<String> pairs(String source) {
    List<String> pairs = new ArrayList<>();
    for (String line : source.split("\n")) {
      String trimmed = line.strip();
      int open = trimmed.indexOf("(\"");
      if (open > 0 && trimmed.substring(0, open).matches("[A-Z0-9_]+") && (trimmed.endsWith("),") || trimmed.endsWith(");"))) {
        String args = trimmed.substring(open + 2);
        String member = args.substring(0, args.indexOf('"'));
        String rest = args.substring(args.indexOf('"') + 1);
        String value = rest.startsWith(", \"") ? "" : rest.substring(2, rest.indexOf(',', 2));
        pairs.add(member + "=" + value);
      }
    }
    return pairs;
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
      case "dropRow" -> lines.remove(row);
      case "splitCell" -> lines.set(row, line.substring(0, at) + "|" + line.substring(at));
      case "removePipe" -> {
        int pipe = line.indexOf('|', Math.max(1, at));
        if (pipe > 0) {
          lines.set(row, line.substring(0, pipe) + line.substring(pipe + 1));
        }
      }
      case "cutSpan" -> {
        int span = line.indexOf("<span", at);
        if (span >= 0) {
          int end = Math.min(line.length(), span + 1 + (int) (damage.where() * 40));
          lines.set(row, line.substring(0, span + 1) + line.substring(end));
        }
      }
      case "truncateFrontMatter" -> {
        int cut = 1 + (int) (damage.extent() * Math.min(12, lines.size() - 1));
        for (int i = 0; i < cut && lines.size() > 1; i++) {
          lines.remove(1);
        }
      }
      case "notUtf8" -> {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        int position = (int) (damage.where() * bytes.length);
        byte[] damaged = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, damaged, 0, position);
        damaged[position] = (byte) 0xC3;
        damaged[position + 1] = (byte) 0x28; // an invalid two-byte sequence
        System.arraycopy(bytes, position, damaged, position + 2, bytes.length - position);
        return damaged;
      }
      default -> throw new UncheckedIOException(new IOException("no damage " + damage.kind()));
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}
