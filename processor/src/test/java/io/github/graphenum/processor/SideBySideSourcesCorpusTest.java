package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.model.Translations;
import io.github.graphenum.processor.page.LocalizedPage;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The English text each row of {@code ../shared/corpus/pt-BR-sxs} was translated from, against the
 * description of the same member on the page of the same path in {@code en/}, without a compiler:
 * how many rows differ as plain text, and how many of them are stale as the translations stage
 * compares ({@link Translations#sameText}). Skipped, with a line on the console, without the
 * corpus.
 */
class SideBySideSourcesCorpusTest {
  @BeforeAll
  static void sayWhyItIsSkipped() {
    if (!CorpusTest.hasCorpus()) {
      System.out.println("SideBySideSourcesCorpusTest: skipped, no corpus at " + CorpusTest.CORPUS);
    }
  }

  @Test
  void noSideBySideRowOfTheCorpusIsStale() throws IOException {
    assumeTrue(CorpusTest.hasCorpus(), "no corpus at " + CorpusTest.CORPUS);
    Path english = CorpusTest.CORPUS.resolve("en");
    Path sideBySide = CorpusTest.CORPUS.resolve("pt-BR-sxs");
    List<Path> pages;
    try (Stream<Path> files = Files.walk(sideBySide)) {
      pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    PageReader reader = new PageReader();
    int paired = 0;
    List<String> otherText = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    for (Path page : pages) {
      String doc = sideBySide.relativize(page).toString();
      Path englishPage = english.resolve(doc);
      if (!Files.exists(englishPage)) {
        continue;
      }
      Outcome<Page> read = reader.read(doc, englishPage);
      Outcome<LocalizedPage> localized = reader.readLocalized(doc, page);
      if (read.failed() || localized.failed()) {
        continue;
      }
      Map<String, MemberTable> tables = new HashMap<>();
      for (Page.Section section : localized.value().page().sections()) {
        if (section.name() != null && section.table() != null) {
          tables.putIfAbsent(section.name(), section.table());
        }
      }
      for (Page.Section section : read.value().sections()) {
        MemberTable translated = section.table() == null ? null : tables.get(section.name());
        if (translated == null) {
          continue;
        }
        Map<String, MemberTable.Row> sources = new HashMap<>();
        translated.rows().forEach(row -> sources.putIfAbsent(row.member(), row));
        for (MemberTable.Row row : section.table().rows()) {
          MemberTable.Row source = sources.get(row.member());
          if (source == null || row.description().isEmpty()) {
            continue;
          }
          paired++;
          String where = doc + ":" + source.line() + " " + section.name() + "#" + row.member();
          if (!row.description().text().equals(source.description().text())) {
            otherText.add(where);
          }
          if (!Translations.sameText(row.description(), source.description())) {
            stale.add(where);
          }
        }
      }
    }
    System.out.printf(
        "corpus pt-BR-sxs against en: %,d described rows paired; %d differ as plain text %s; %d"
            + " stale%n",
        paired, otherText.size(), otherText, stale.size());
    assertEquals(List.of(), stale, "the side-by-side pages translate the text of en/");
    assertEquals(
        List.of(
            "api-reference/beta/resources/intune-deviceconfig-applockerapplicationcontroltype.md:32"
                + " appLockerApplicationControlType#auditComponentsStoreAppsAndSmartlocker",
            "api-reference/v1.0/resources/intune-deviceconfig-applockerapplicationcontroltype.md:30"
                + " appLockerApplicationControlType#auditComponentsStoreAppsAndSmartlocker"),
        otherText,
        "en/ has a zero-width space the translation tool dropped: no part of the comparison");
  }
}
