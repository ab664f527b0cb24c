package io.github.graphenum.processor.diagnostic;

import static io.github.graphenum.processor.diagnostic.Message.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/**
 * The severity of every message of the catalogue, as the rule decides it: a warning is something
 * the user should act on and can, and each one has the kind that {@code @SuppressWarnings} names;
 * what graphenum read as the author meant, and a contradiction a documented rule settles, is a
 * note. A change here is a change of what fails a {@code -Werror} build: the docs list the kinds.
 */
class MessageSeverityTest {

  @Test
  void everyWarningHasTheKindTheDocsList() {
    Map<WarningKind, Set<Message>> expected = new EnumMap<>(WarningKind.class);
    expected.put(
        WarningKind.SKIPPED,
        EnumSet.of(
            FOLDER_SKIPPED,
            FOLDER_PAGE_SKIPPED,
            FOLDER_CONTRADICTION,
            FOLDER_UNNAMED_TABLE,
            FOLDER_LINK_OUTSIDE));
    expected.put(
        WarningKind.UNREAD,
        EnumSet.of(
            SECOND_MEMBERS_TABLE,
            REPEATED_COLUMN,
            UNKNOWN_COLUMN,
            OVERFULL_ROW,
            UNUSABLE_NAMESPACE));
    expected.put(WarningKind.NAMES, EnumSet.of(CONSTANT_NAME_CLASH));
    expected.put(
        WarningKind.METADATA, EnumSet.of(METADATA_DRIFT, METADATA_FLAGS, METADATA_NOT_FLAGS));
    expected.put(
        WarningKind.TRANSLATION, EnumSet.of(MACHINE_TRANSLATED, TRANSLATION_PAGE_UNREADABLE));
    expected.put(
        WarningKind.UNUSED,
        EnumSet.of(
            FOLDER_FLAGS_UNKNOWN,
            FOLDER_INCLUDE_UNUSED,
            FOLDER_EXCLUDE_UNUSED,
            FOLDER_NO_PAGES,
            SUPPRESSION_UNKNOWN_KIND));
    expected.put(WarningKind.REFRESH, EnumSet.of(INPUTS_NOT_RECORDED));
    expected.put(WarningKind.OPTIONS, EnumSet.of(UNKNOWN_OPTION, OPTION_NOT_BOOLEAN));
    Map<WarningKind, Set<Message>> actual =
        Arrays.stream(Message.values())
            .filter(m -> m.kind() == Kind.WARNING)
            .collect(
                Collectors.groupingBy(
                    Message::warningKind,
                    () -> new EnumMap<>(WarningKind.class),
                    Collectors.toCollection(() -> EnumSet.noneOf(Message.class))));
    assertEquals(expected, actual);
  }

  @Test
  void whatGraphenumReadAsMeantAndWhatARuleSettlesAreNotes() {
    Set<Message> notes =
        EnumSet.of(
            RELABELED_COLUMN, // a column headed wrongly, read as its cells show
            FOLDER_CONTRADICTION_OWN_PAGE, // the page of its own wins over enums.md
            FOLDER_CONSTANT_NAME_CLASH, // a folder names every enum; a spec of its own can rename
            TRANSLATION_DISAGREES, // a localized page serves the members it shares
            TRANSLATION_PAGE_MISSING,
            TRANSLATION_NONE,
            TRANSLATION_NAMES_TRANSLATED,
            TRANSLATION_STALE, // the user cannot correct Microsoft's translations; English is
            // served
            TRANSLATIONS_SUMMARY,
            METADATA_VALUE_OUT_OF_RANGE, // the page states no values; the enum is the page's
            METADATA_ABSENT,
            WARNINGS_SUPPRESSED);
    assertEquals(
        notes,
        Arrays.stream(Message.values())
            .filter(m -> m.kind() == Kind.NOTE)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Message.class))));
    Arrays.stream(Message.values())
        .filter(m -> m.kind() != Kind.WARNING)
        .forEach(m -> assertEquals(null, m.warningKind(), m.name()));
  }

  @Test
  void aSkippedEnumIsAWarningOfKindSkipped() {
    Diagnostic error = VALUE_NOT_INTEGER.onPage("enums.md", 7, "x", "one", "");
    Diagnostic skipped = error.skippedInFolder("color");
    assertEquals(Kind.WARNING, skipped.kind());
    assertEquals(WarningKind.SKIPPED, skipped.message().warningKind());
    assertEquals(WarningKind.SKIPPED, error.skippedInFolder(null).message().warningKind());
  }

  @Test
  void theKindsNamesAreReadBack() {
    for (WarningKind kind : WarningKind.values()) {
      assertEquals(kind, WarningKind.ofKey(kind.key()));
    }
    assertEquals(
        null,
        WarningKind.ofKey("SKIPPED"),
        "names are lower case, as written in @SuppressWarnings");
  }
}
