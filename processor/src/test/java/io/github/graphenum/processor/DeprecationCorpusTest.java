package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graphenum.processor.metadata.CsdlReader;
import io.github.graphenum.processor.metadata.ServiceMetadata;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the real docs and service metadata of {@code ../shared/corpus} deprecate, and the members
 * they list after {@code unknownFutureValue} (opt-in): counted and printed, with lower bounds
 * (skipped, as {@link CorpusTest} is, without the corpus).
 */
class DeprecationCorpusTest {
  /** The deprecations and opt-in members of one folder of pages. */
  private record PageCounts(int pages, int enums, int deprecatedMembers, int optInMembers) {}

  private static PageCounts countPages(String folder) throws IOException {
    assumeTrue(CorpusTest.hasCorpus(), "no corpus at " + CorpusTest.CORPUS);
    Path root = CorpusTest.CORPUS.resolve(folder);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
    PageReader reader = new PageReader();
    int enums = 0;
    int deprecated = 0;
    int optIn = 0;
    List<String> examples = new ArrayList<>();
    for (Path file : files) {
      Page page = reader.read(root.relativize(file).toString(), file).value();
      if (page == null) {
        continue;
      }
      for (Page.Section section : page.sections()) {
        if (section.table() == null) {
          continue;
        }
        enums++;
        boolean afterSentinel = false;
        for (MemberTable.Row row : section.table().rows()) {
          if (row.deprecation() != null) {
            deprecated++;
            examples.add(page.doc() + ":" + row.line() + " " + row.member());
          }
          optIn += afterSentinel ? 1 : 0;
          afterSentinel |= row.member().equalsIgnoreCase(ValidatedEnum.SENTINEL);
        }
      }
    }
    System.out.printf(
        "DeprecationCorpusTest %s: %d pages, %d enums; %d members marked deprecated %s; %d members"
            + " after unknownFutureValue (opt-in)%n",
        folder, files.size(), enums, deprecated, examples, optIn);
    return new PageCounts(files.size(), enums, deprecated, optIn);
  }

  @Test
  void englishPages() throws IOException {
    PageCounts counts = countPages("en");
    assertTrue(counts.enums() >= 1_000, counts::toString);
    assertTrue(counts.optInMembers() >= 11, counts::toString);
    // The pages of 2021 predate the markers; v1.0 deviceManagementTemplateLifecycleState's member
    // named deprecated, described "Deprecated", is none.
    assertEquals(0, counts.deprecatedMembers(), counts::toString);
  }

  @Test
  void portugueseSideBySidePagesCountAsTheirEnglishSpansDo() throws IOException {
    PageCounts english = countPages("en");
    PageCounts portuguese = countPages("pt-BR-sxs");
    assertTrue(portuguese.enums() >= 1_000, portuguese::toString);
    assertEquals(english.deprecatedMembers(), portuguese.deprecatedMembers());
  }

  @Test
  void metadataOf2026() throws Exception {
    assumeTrue(CorpusTest.hasCorpus(), "no corpus at " + CorpusTest.CORPUS);
    ServiceMetadata metadata =
        CsdlReader.read(List.of(CorpusTest.CORPUS.resolve("metadata/v1.0-2026-08.csdl.xml")));
    // Each type once: the index holds a type under its namespace and under its schema's alias.
    Map<ServiceMetadata.EnumType, Boolean> types = new IdentityHashMap<>();
    metadata.enums().values().forEach(type -> types.put(type, true));
    List<String> deprecatedTypes = new ArrayList<>();
    int deprecatedMembers = 0;
    int optIn = 0;
    for (ServiceMetadata.EnumType type : types.keySet()) {
      if (type.deprecation() != null) {
        deprecatedTypes.add(type.qualifiedName());
      }
      boolean afterSentinel = false;
      for (ServiceMetadata.Member member : type.members()) {
        deprecatedMembers += member.deprecation() != null ? 1 : 0;
        optIn += afterSentinel ? 1 : 0;
        afterSentinel |= member.name().equals(ValidatedEnum.SENTINEL);
      }
    }
    deprecatedTypes.sort(null);
    System.out.printf(
        "DeprecationCorpusTest metadata v1.0-2026-08: %d enum types; %d deprecated %s; %d members"
            + " deprecated; %d members after unknownFutureValue (opt-in)%n",
        types.size(), deprecatedTypes.size(), deprecatedTypes, deprecatedMembers, optIn);
    assertEquals(861, types.size());
    assertTrue(deprecatedTypes.size() >= 15, deprecatedTypes::toString);
    assertTrue(deprecatedTypes.contains("microsoft.graph.alertSeverity"));
    assertTrue(deprecatedTypes.contains("microsoft.graph.alertStatus"));
    assertTrue(optIn >= 100, "opt-in members: " + optIn);
    assertTrue(
        types.keySet().stream()
            .allMatch(type -> metadata.find(type.namespace(), type.name()) == type),
        "one type under each of its keys");
  }
}
