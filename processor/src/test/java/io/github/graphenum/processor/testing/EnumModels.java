package io.github.graphenum.processor.testing;

import io.github.graphenum.processor.metadata.ServiceMetadata;
import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.model.EnumIdentity;
import io.github.graphenum.processor.model.Origin;
import io.github.graphenum.processor.page.Description;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Enum models for the tests of the stages after selection, which start from a model rather than a
 * spec: an enum read from a page's section, and an enum ready to render.
 */
public final class EnumModels {
  /** The enum {@code color} of {@code com.example}, its class {@code Color}, with no namespace. */
  public static final EnumIdentity COLOR = new EnumIdentity("com.example", "Color", "color", null);

  /** What a spec with no choices chooses: no renames, not flags. */
  public static final DocumentedEnum.Choices NO_CHOICES =
      new DocumentedEnum.Choices(List.of(), true, false);

  private EnumModels() {}

  /**
   * {@code color} of {@code page.md}, its members table {@code rows} (header at line 3), with the
   * service metadata's 20 members {@code member0..19} of values 0 to 19: what a page of many
   * refused rows gets hints from.
   */
  public static DocumentedEnum colorWithMetadata(List<MemberTable.Row> rows) {
    ServiceMetadata.EnumType type =
        new ServiceMetadata.EnumType(
            "microsoft.graph",
            "color",
            false,
            "Edm.Int32",
            IntStream.range(0, 20)
                .mapToObj(i -> new ServiceMetadata.Member("member" + i, i))
                .toList());
    MemberTable table = new MemberTable(3, true, MemberTable.Findings.NONE, rows);
    return documented(
            new EnumIdentity("com.example", "Color", "color", "microsoft.graph"),
            new DocumentedEnum.Documentation(
                "page.md", new Origin("the page", "page.md"), null, Description.EMPTY, table),
            NO_CHOICES)
        .withMetadata(type);
  }

  /**
   * The table of {@code section} of the page {@code doc}, which is not machine-translated, and the
   * enum's description.
   */
  public static DocumentedEnum.Documentation onPage(String doc, Page.Section section) {
    return new DocumentedEnum.Documentation(
        doc, new Origin("the page", doc), null, section.description(), section.table());
  }

  /** The enum {@code identity}, documented by {@code documentation}, as selected: nothing added. */
  public static DocumentedEnum documented(
      EnumIdentity identity,
      DocumentedEnum.Documentation documentation,
      DocumentedEnum.Choices choices) {
    return new DocumentedEnum(identity, documentation, choices, DocumentedEnum.Enrichments.NONE);
  }

  /**
   * The enum {@code gen.<className>} of the Graph enum {@code x} in {@code namespace} (or none),
   * read from {@code x.md}, with no description, not flags, without translations.
   *
   * @param hasValues whether the page states values
   */
  public static ValidatedEnum validated(
      String className,
      String namespace,
      boolean hasValues,
      List<ValidatedEnum.Constant> constants) {
    return validated(className, namespace, hasValues, false, constants);
  }

  /** {@link #validated(String, String, boolean, List)}, a flags enum when {@code flags}. */
  public static ValidatedEnum validated(
      String className,
      String namespace,
      boolean hasValues,
      boolean flags,
      List<ValidatedEnum.Constant> constants) {
    return new ValidatedEnum(
        new EnumIdentity("gen", className, "x", namespace),
        new Origin("the page", "x.md"),
        Description.EMPTY,
        hasValues,
        flags,
        null,
        constants,
        List.of());
  }
}
