package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata's hints for refused rows, on their own. */
class MetadataHintsTest {
  private static final ServiceMetadata.EnumType PRIORITY =
      new ServiceMetadata.EnumType(
          "microsoft.graph", "priority", false, "Edm.Int32",
          List.of(new ServiceMetadata.Member("low", 0), new ServiceMetadata.Member("normal", 1), new ServiceMetadata.Member("high", 2)));

  @Test
  void aTypoIsMatchedToTheMemberTheTableLacks() {
    assertEquals("; the service metadata names this member normal", MetadataHints.forInvalidName(PRIORITY, "norma.", List.of("low", "norma.", "high")));
    assertEquals("; the service metadata names this member normal", MetadataHints.forInvalidName(PRIORITY, "Normal!", List.of("low", "high")));
    assertEquals("", MetadataHints.forInvalidName(PRIORITY, "somethingElse", List.of("low", "high")), "no guess beyond a typo");
    assertEquals("", MetadataHints.forInvalidName(PRIORITY, "low.", List.of("low", "normal", "high")), "every metadata member is on the page");
    assertEquals("", MetadataHints.forInvalidName(null, "norma.", List.of()), "no metadata, no hint");
  }

  @Test
  void aMemberListedTwiceShowsItsOneValueAndWhatIsMissing() {
    assertEquals(
        "; the service metadata lists low once, with value 0; it also has normal, which this table lacks",
        MetadataHints.forDuplicateMember(PRIORITY, "low", List.of("low", "low", "high")));
    assertEquals("", MetadataHints.forDuplicateMember(null, "low", List.of()));
  }

  @Test
  void aValueGivenTwiceShowsTheMetadatasValueWhenItDiffers() {
    assertEquals("; the service metadata gives normal the value 1", MetadataHints.forDuplicateValue(PRIORITY, "normal", 0));
    assertEquals("", MetadataHints.forDuplicateValue(PRIORITY, "normal", 1), "the metadata agrees: nothing to add");
  }
}
