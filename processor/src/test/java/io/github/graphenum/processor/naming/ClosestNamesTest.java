package io.github.graphenum.processor.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions for names that were not found, on their own. */
class ClosestNamesTest {
  @Test
  void aNameDifferingInCaseComesFirstThenTheFewestEdits() {
    assertEquals(
        List.of("CallType", "callTypes", "modality"),
        ClosestNames.closest("calltype", List.of("modality", "callTypes", "CallType")));
  }

  @Test
  void tiesKeepTheOrderGivenAndDuplicatesGo() {
    assertEquals(
        List.of("ab", "ba", "x"), ClosestNames.closest("a", List.of("ab", "ba", "ab", "x")));
  }

  @Test
  void veryLongNamesAreComparedByCaseOnly() {
    String longName = "n".repeat(5_000);
    assertEquals(
        List.of(longName.toUpperCase(), "other"),
        ClosestNames.closest(longName, List.of("other", longName.toUpperCase())));
  }

  @Test
  void distanceCountsSingleCharEdits() {
    assertEquals(0, ClosestNames.distance("abc", "abc"));
    assertEquals(1, ClosestNames.distance("norma.", "normal"), "one substitution");
    assertEquals(3, ClosestNames.distance("kitten", "sitting"));
    assertEquals(4, ClosestNames.distance("", "four"));
  }

  @Test
  void typosAreWithinTwoEditsOrAThirdOfTheName() {
    assertEquals(
        List.of("normal"), ClosestNames.typosOf("norma.", List.of("low", "normal", "high"), 3));
    assertEquals(
        List.of("iosupdatesinstallstatus.md"),
        ClosestNames.typosOf(
            "iosupdateinstallstatus.md", List.of("enums.md", "iosupdatesinstallstatus.md"), 3));
    assertEquals(
        List.of(),
        ClosestNames.typosOf("somethingElse", List.of("low", "normal", "high"), 3),
        "another word is no typo");
  }
}
