package io.github.graphenum.processor.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.graphenum.processor.validation.EnumValidatorTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The metadata's hints for refused rows, on their own; {@link EnumValidatorTest} shows which rows
 * get them.
 */
class MetadataHintsTest {
  private static final ServiceMetadata.EnumType PRIORITY =
      new ServiceMetadata.EnumType(
          "microsoft.graph",
          "priority",
          false,
          "Edm.Int32",
          List.of(
              new ServiceMetadata.Member("low", 0),
              new ServiceMetadata.Member("normal", 1),
              new ServiceMetadata.Member("high", 2)));

  @Test
  void aTypoIsMatchedToTheMemberTheTableLacks() {
    assertEquals(
        "; the service metadata names this member normal",
        MetadataHints.of(PRIORITY, List.of("low", "norma.", "high")).forInvalidName("norma."));
    assertEquals(
        "; the service metadata names this member normal",
        MetadataHints.of(PRIORITY, List.of("low", "high")).forInvalidName("Normal!"));
    assertEquals(
        "",
        MetadataHints.of(PRIORITY, List.of("low", "high")).forInvalidName("somethingElse"),
        "no guess beyond a typo");
    assertEquals(
        "",
        MetadataHints.of(PRIORITY, List.of("low", "normal", "high")).forInvalidName("low."),
        "every metadata member is on the page");
    assertEquals(
        "", MetadataHints.of(null, List.of()).forInvalidName("norma."), "no metadata, no hint");
  }

  @Test
  void aMemberListedTwiceShowsItsOneValueAndWhatIsMissing() {
    assertEquals(
        "; the service metadata lists low once, with value 0; it also has normal, which this table"
            + " lacks",
        MetadataHints.of(PRIORITY, List.of("low", "low", "high")).forDuplicateMember("low"));
    assertEquals("", MetadataHints.of(null, List.of()).forDuplicateMember("low"));
  }

  @Test
  void aValueGivenTwiceShowsTheMetadatasValueWhenItDiffers() {
    assertEquals(
        "; the service metadata gives normal the value 1",
        MetadataHints.of(PRIORITY, List.of()).forDuplicateValue("normal", 0));
    assertEquals(
        "",
        MetadataHints.of(PRIORITY, List.of()).forDuplicateValue("normal", 1),
        "the metadata agrees: nothing to add");
  }
}
