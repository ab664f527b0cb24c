package io.github.graphenum.processor.pipeline;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.model.Translation;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the translations gave over a compilation, for the note that closes it: per language, the
 * enums translated and the member descriptions translated or left in English, and how many of those
 * had a stale translation.
 */
final class TranslationTally {
  /** Counts of one language, whose localized docs root is {@code root}. */
  private static final class Counts {
    final Path root;
    int enums;
    int translated;
    int fellBack;
    int stale;
    int undescribed;

    Counts(Path root) {
      this.root = root;
    }
  }

  private final Map<String, Counts> byLanguage = new LinkedHashMap<>();
  private int enumsFromPages;

  /**
   * @param roots the localized docs roots, by language tag
   */
  TranslationTally(Map<String, Path> roots) {
    roots.forEach((tag, root) -> byLanguage.put(tag, new Counts(root)));
  }

  /** Counts an enum that was written. */
  void count(ValidatedEnum model) {
    if (!model.origin().isPage()) {
      return; // a table written in a spec has no localized page
    }
    enumsFromPages++;
    for (Map.Entry<String, Counts> language : byLanguage.entrySet()) {
      Translation translation =
          model.translations().stream()
              .filter(t -> t.languageTag().equals(language.getKey()))
              .findFirst()
              .orElse(null);
      Map<String, String> translated = translation == null ? Map.of() : translation.descriptions();
      Counts counts = language.getValue();
      counts.enums += translated.isEmpty() ? 0 : 1;
      counts.stale += translation == null ? 0 : translation.stale().size();
      for (ValidatedEnum.Constant constant : model.constants()) {
        if (translated.containsKey(constant.memberName())) {
          counts.translated++;
        } else if (constant.description().isEmpty()) {
          counts.undescribed++;
        } else {
          counts.fellBack++;
        }
      }
    }
  }

  /** One note per language, when enums were generated from pages with the translations option. */
  List<Diagnostic> summary() {
    List<Diagnostic> notes = new ArrayList<>();
    if (enumsFromPages == 0) {
      return notes;
    }
    byLanguage.forEach(
        (tag, counts) ->
            notes.add(
                Message.TRANSLATIONS_SUMMARY.at(
                    tag,
                    counts.root,
                    counts.enums,
                    enumsFromPages,
                    counts.translated,
                    counts.fellBack,
                    counts.stale,
                    counts.undescribed)));
    return notes;
  }
}
