package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.testing.DocPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The links of the checked pages ({@link DocPages}) lead somewhere: every relative link to a file
 * that exists and, with a {@code #fragment}, to a heading of that page (as GitHub names headings'
 * anchors); every {@code docs/} page starts by saying what it covers with a link back to the
 * README, and the README links to every one of them.
 */
class DocsLinksTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @Test
  void everyRelativeLinkLeadsToAFileAndHeadingThatExist() {
    List<String> broken = new ArrayList<>();
    Map<Path, Set<String>> anchors = new HashMap<>();
    int checked = 0;
    for (String page : DocPages.pages()) {
      Path from = DocPages.ROOT.resolve(page);
      for (String destination : links(PARSER.parse(DocPages.read(page)))) {
        if (destination.matches("^[a-z][a-z0-9+.-]*:.*")) {
          continue; // https:, mailto:
        }
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        Path target = path.isEmpty() ? from : from.getParent().resolve(path).normalize();
        checked++;
        if (!Files.exists(target)) {
          broken.add(page + ": " + destination + " (no such file)");
        } else if (hash >= 0 && target.toString().endsWith(".md")) {
          String anchor = destination.substring(hash + 1);
          if (!anchors.computeIfAbsent(target, DocsLinksTest::anchorsOf).contains(anchor)) {
            broken.add(page + ": " + destination + " (no such heading)");
          }
        }
      }
    }
    assertEquals(List.of(), broken, "broken links");
    assertTrue(checked > 50, "the pages' links were found: " + checked);
  }

  @Test
  void everyDocsPageSaysWhatItCoversAndLinksBack() {
    for (String page : DocPages.pages()) {
      if (!page.startsWith("docs/")) {
        continue;
      }
      Node first = PARSER.parse(DocPages.read(page)).getFirstChild();
      assertTrue(
          first instanceof Heading heading && heading.getLevel() == 1,
          page + " starts with its title");
      Node paragraph = first.getNext();
      assertTrue(
          paragraph instanceof Paragraph,
          page + ": a line saying what it covers follows the title");
      assertTrue(
          links(paragraph).contains("../README.md"), page + ": that line links back to the README");
    }
  }

  @Test
  void theReadmeLinksToEveryDocsPage() {
    Set<String> linked = new LinkedHashSet<>();
    for (String destination : links(PARSER.parse(DocPages.read("README.md")))) {
      linked.add(destination.replaceAll("#.*", ""));
    }
    for (String page : DocPages.pages()) {
      if (page.startsWith("docs/")
          || page.equals("benchmarks/README.md")
          || page.equals("ARCHITECTURE.md")) {
        assertTrue(linked.contains(page), "README.md links to " + page);
      }
    }
  }

  @Test
  void anchorsAreNamedAsGitHubNamesThem() {
    Set<String> anchors =
        anchorsOf(
            "# Whole docs folders: `@GraphEnums`\n## A first spec, from install to running code\n"
                + "## Where a cold javac's time goes\n## `@Generated`\n## Lookups\n### Lookups\n");
    assertEquals(
        Set.of(
            "whole-docs-folders-graphenums",
            "a-first-spec-from-install-to-running-code",
            "where-a-cold-javacs-time-goes",
            "generated",
            "lookups",
            "lookups-1"),
        anchors);
  }

  /** The destinations of the links under {@code node}. */
  private static List<String> links(Node node) {
    List<String> destinations = new ArrayList<>();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            destinations.add(link.getDestination());
            visitChildren(link);
          }
        });
    return destinations;
  }

  private static Set<String> anchorsOf(Path page) {
    try {
      return anchorsOf(Files.readString(page));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The anchors GitHub gives a page's headings: the heading's text, lower-cased, without what is
   * neither a letter, a digit, a space, a hyphen nor an underscore, spaces made hyphens; a repeated
   * anchor gets {@code -1}, {@code -2}...
   */
  private static Set<String> anchorsOf(String markdown) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(
                    new AbstractVisitor() {
                      @Override
                      public void visit(Text t) {
                        text.append(t.getLiteral());
                      }

                      @Override
                      public void visit(Code code) {
                        text.append(code.getLiteral());
                      }
                    });
                String anchor =
                    text.toString()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-');
                int count = seen.merge(anchor, 1, Integer::sum);
                anchors.add(count == 1 ? anchor : anchor + "-" + (count - 1));
              }
            });
    return anchors;
  }
}
