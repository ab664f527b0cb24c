package io.github.graphenum.processor;

import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static io.github.graphenum.processor.testing.Specs.graphEnums;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.pipeline.StageWorkers;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.InMemoryJavac;
import io.github.graphenum.processor.testing.Specs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The pure stages run on worker threads when many specs come at once: the output must be the one of
 * a single thread, byte for byte, with the same diagnostics in the same order, whatever the threads
 * and their timing.
 */
class ParallelStagesTest {
  private static final Path DOCS = Path.of("../example/docs").toAbsolutePath();
  private static final Path PORTUGUESE_DOCS = Path.of("../example/docs-pt-BR").toAbsolutePath();

  /** Single specs over the example's pages (and a broken one), a table in a spec, and a folder. */
  private static final JavaFileObject[] SPECS = specs();

  private static JavaFileObject[] specs() {
    List<JavaFileObject> specs = new ArrayList<>();
    String[][] pages = {
      {"intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md", ""},
      {"api-reference/v1.0/resources/enums-callrecords.md", "callType"},
      {"api-reference/v1.0/resources/enums.md", "calendarColor"},
      {"api-reference/beta/resources/intune-devices-windowsmalwarecategory.md", ""},
      {"api-reference/beta/resources/enums.md", "appliedConditionalAccessPolicyResult"},
      {"api-reference/beta/resources/enums.md", "riskDetail"},
      {"api-reference/beta/resources/enums.md", "noSuchEnum"},
      {"missing.md", ""},
    };
    for (int i = 0; i < pages.length; i++) {
      Specs.Builder spec = graphEnum("S" + i).inPackage("parallel").doc(pages[i][0]);
      if (!pages[i][1].isEmpty()) {
        spec = spec.name(pages[i][1]);
      }
      specs.add(spec.className("E" + i).source());
    }
    specs.add(
        graphEnum("TableSpec")
            .inPackage("parallel")
            .table("|Member|Value|\n|-|-|\n|a|1|\n|b|1|")
            .source());
    specs.add(
        graphEnums("Enums")
            .inPackage("parallel.v1")
            .folder("api-reference/v1.0/resources")
            .flags("clonableTeamParts")
            .source());
    return specs.toArray(JavaFileObject[]::new);
  }

  private static InMemoryJavac.Result compile(int threads) {
    return Compile.processOnly(
        new GraphEnumProcessor(new PageReader(), new StageWorkers(threads)),
        List.of(
            Compile.docs(DOCS),
            "-Agraphenum.translations=pt-BR=" + PORTUGUESE_DOCS,
            "-Agraphenum.jackson=true"),
        SPECS);
  }

  private static List<String> messages(InMemoryJavac.Result result) {
    return result.diagnostics().stream()
        .map(d -> d.getKind() + " " + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
        .toList();
  }

  @Test
  void anyThreadsGiveTheOutputOfOne() {
    InMemoryJavac.Result alone = compile(0);
    assertTrue(alone.sources().size() > 20, "a fair number of enums: " + alone.sources().keySet());
    assertTrue(
        messages(alone).stream().anyMatch(m -> m.contains("documents no enum named noSuchEnum")),
        "the broken specs are reported");
    for (int threads : List.of(1, 4)) {
      for (int run = 0; run < 3; run++) {
        InMemoryJavac.Result parallel = compile(threads);
        assertEquals(alone.sources(), parallel.sources(), threads + " threads, run " + run);
        assertEquals(messages(alone), messages(parallel), threads + " threads, run " + run);
        assertEquals(
            texts(alone.resources()), texts(parallel.resources()), "the translations' bundles");
      }
    }
  }

  private static Map<String, String> texts(Map<String, byte[]> resources) {
    Map<String, String> texts = new TreeMap<>();
    resources.forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
    return texts;
  }
}
