package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.testing.DocPages;
import io.github.graphenum.processor.testing.GoldenEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The docs show generated code: a whole enum ({@code <!-- golden-file: X.java -->}) and excerpts of
 * golden enums ({@code <!-- golden: X.java -->}), on any checked page ({@link DocPages}). Each is
 * compared with what the processor generates now (not with the golden files, which {@link
 * GoldenFilesTest} may be rewriting in the same run).
 */
public class DocsGeneratedCodeTest {
  /**
   * The pages that show generated code, with how many blocks of each marker they show at least: a
   * page that loses one fails here, so that an excerpt is not dropped by mistake when a page is
   * edited. Lower a count only on purpose.
   */
  private static final Map<String, Map<String, Integer>> SHOWN =
      Map.of(
          "README.md", Map.of("golden", 1),
          "docs/generated-code.md", Map.of("golden-file", 1),
          "docs/evolvable-and-flags.md", Map.of("golden", 6),
          "docs/translations.md", Map.of("golden", 1));

  @Test
  void wholeGeneratedEnumsInTheDocsAreTheGeneratedOnes() throws IOException {
    for (String page : DocPages.pages()) {
      String text = DocPages.read(page);
      // From the last block back, so that a rewrite leaves the offsets of the earlier ones valid.
      List<DocPages.Block> whole =
          DocPages.blocks(page, text).stream()
              .filter(b -> b.marker().equals("golden-file"))
              .toList();
      for (int i = whole.size() - 1; i >= 0; i--) {
        DocPages.Block block = whole.get(i);
        String generated = GoldenEnum.ofFile(block.argument()).generate();
        if (GoldenEnum.updating()) {
          // The same switch that rewrites the golden files rewrites these copies.
          text =
              text.substring(0, block.contentStart())
                  + generated
                  + text.substring(block.contentEnd());
          Files.writeString(DocPages.ROOT.resolve(page), text);
        } else {
          assertEquals(
              generated,
              block.content(),
              block.where()
                  + ": the copy of "
                  + block.argument()
                  + " differs from the generated enum; rewrite it with"
                  + " -Dgraphenum.updateGolden=true (see GoldenFilesTest)");
        }
      }
    }
  }

  @Test
  void excerptsOfGeneratedCodeInTheDocsAreInTheGeneratedEnums() {
    for (DocPages.Block block : DocPages.allBlocks()) {
      if (block.marker().equals("golden")) {
        String generated = GoldenEnum.ofFile(block.argument()).generate();
        assertTrue(
            generated.contains(block.content()),
            block.where()
                + ": this excerpt of "
                + block.argument()
                + " is not in it:\n"
                + block.content());
      }
    }
  }

  @Test
  void everyPageKeepsTheGeneratedCodeItShows() {
    Map<String, Map<String, Integer>> shown = new TreeMap<>();
    for (DocPages.Block block : DocPages.allBlocks()) {
      if (block.marker().startsWith("golden")) {
        shown
            .computeIfAbsent(block.page(), p -> new TreeMap<>())
            .merge(block.marker(), 1, Integer::sum);
      }
    }
    SHOWN.forEach(
        (page, least) ->
            least.forEach(
                (marker, count) -> {
                  int found = shown.getOrDefault(page, Map.of()).getOrDefault(marker, 0);
                  assertTrue(
                      found >= count,
                      page
                          + " shows "
                          + found
                          + " blocks marked "
                          + marker
                          + ", fewer than the "
                          + count
                          + " it showed");
                }));
  }
}
