package io.github.graphenum.processor.pipeline;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.locate.PageLocator;
import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.model.Translation;
import io.github.graphenum.processor.model.Translations;
import io.github.graphenum.processor.page.LocalizedPage;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.spec.EnumSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The "pair translations" stage: for an enum read from a page, the page of the same {@code doc}
 * under each localized docs root, read (each file once per compilation) and paired with the enum's
 * members ({@link Translations}). Without translation roots it looks nothing up.
 */
final class TranslationLookup {
  /** The localized docs roots, by language tag, in the order of the tags. */
  private final SortedMap<String, Path> roots;

  private final ReadOnce<LocalizedFile, Outcome<LocalizedPage>> pages;

  /** A localized page to read: its file, and the {@code doc} it stands for, for diagnostics. */
  private record LocalizedFile(Path file, String doc) {}

  /**
   * What the lookup gave.
   *
   * @param documented the enum with its translations
   * @param filesRead the localized files read, and those looked for and not found, for the record
   *     of what the spec read
   */
  record Found(Outcome<DocumentedEnum> documented, List<Path> filesRead) {}

  /**
   * @param roots the localized docs roots, by language tag; empty without translations
   * @param bytesRead told each localized page file read and its bytes, for the record of inputs
   */
  TranslationLookup(
      Map<String, Path> roots, PageReader reader, BiConsumer<Path, byte[]> bytesRead) {
    this.roots = new TreeMap<>(roots);
    this.pages =
        new ReadOnce<>(
            page ->
                reader.readLocalized(
                    page.doc(), page.file(), bytes -> bytesRead.accept(page.file(), bytes)));
  }

  /**
   * The enum with its members' translated descriptions. An enum whose page describes no member, or
   * whose table is written in the spec, has nothing to translate.
   */
  Found translate(EnumSpec spec, DocumentedEnum documented) {
    if (roots.isEmpty()
        || !(spec.source() instanceof EnumSpec.DocPage page)
        || !documented.hasMemberDescriptions()) {
      return new Found(Outcome.ok(documented), List.of());
    }
    List<Translation> translations = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Path> filesRead = new ArrayList<>();
    for (Map.Entry<String, Path> language : roots.entrySet()) {
      String tag = language.getKey();
      Path root = language.getValue();
      Optional<Path> file = new PageLocator(List.of(root)).find(page.doc());
      filesRead.add(file.orElse(root.resolve(page.doc()).normalize()));
      if (file.isEmpty()) {
        diagnostics.add(
            Message.TRANSLATION_PAGE_MISSING.onPage(
                documented.documentation().doc(),
                0,
                tag,
                documented.identity().graphName(),
                root.resolve(page.doc())));
        continue;
      }
      Outcome<LocalizedPage> read = pages.get(new LocalizedFile(file.get(), page.doc()));
      LocalizedPage localized = read.value();
      if (localized == null) {
        String why =
            read.diagnostics().stream()
                .filter(Diagnostic::isError)
                .findFirst()
                .orElseThrow()
                .text();
        diagnostics.add(
            Message.TRANSLATION_PAGE_UNREADABLE.onPage(
                documented.documentation().doc(),
                0,
                tag,
                file.get(),
                why,
                documented.identity().graphName()));
        continue;
      }
      Outcome<Translation> paired =
          Translations.pair(documented, tag, file.get().toString(), localized);
      diagnostics.addAll(paired.diagnostics());
      Translation translation = paired.value();
      if (translation != null && (translation.translatesAny() || !translation.stale().isEmpty())) {
        translations.add(translation);
      }
    }
    return new Found(Outcome.of(documented.withTranslations(translations), diagnostics), filesRead);
  }
}
