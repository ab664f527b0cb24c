package io.github.graphenum.processor.model;

import io.github.graphenum.processor.metadata.ServiceMetadata;
import io.github.graphenum.processor.page.Description;
import io.github.graphenum.processor.page.MemberTable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The enum one spec asks for, as its page documents it, nothing checked yet: which enum it is, the
 * table and where it came from, the spec's choices, and what later stages add to it.
 *
 * @param identity the Java type and the Graph type
 * @param documentation the members table and where it came from
 * @param choices what the spec chose beyond the page
 * @param enrichments what the stages after selection added (metadata, translations); {@link
 *     Enrichments#NONE} when selected
 */
public record DocumentedEnum(
    EnumIdentity identity, Documentation documentation, Choices choices, Enrichments enrichments) {

  /**
   * The members table and where it came from.
   *
   * @param doc the page as the spec names it, or the spec's file for a table written in the spec;
   *     diagnostics name it
   * @param origin where the table came from, for the generated Javadoc
   * @param translation why the page is taken for machine-translated, or {@code null}
   * @param description the enum's description
   * @param table the members table
   */
  public record Documentation(
      String doc,
      Origin origin,
      @Nullable String translation,
      Description description,
      MemberTable table) {}

  /**
   * What the spec chose beyond the page.
   *
   * @param rename the spec's {@code memberName=CONSTANT_NAME} entries
   * @param renamable whether the spec can take {@code rename} entries: a {@code @GraphEnum} can, an
   *     enum of a {@code @GraphEnums} folder cannot (messages say what to do instead)
   * @param flags whether the spec declares a flags enum
   */
  public record Choices(List<String> rename, boolean renamable, boolean flags) {
    public Choices {
      rename = List.copyOf(rename);
    }
  }

  /**
   * What the stages after selection added.
   *
   * @param metadata the service metadata's enum type of this name, or {@code null} when the build
   *     has no metadata or the metadata lacks it; the validator's messages say what it documents
   * @param valuesFrom the metadata enum type whose values the table took, the page having none; or
   *     {@code null} when the values are the page's
   * @param translations the members' translated descriptions, one per language whose page
   *     translates at least one member or has a stale translation of one, in the order of the
   *     languages given; empty without translations
   */
  public record Enrichments(
      ServiceMetadata.@Nullable EnumType metadata,
      @Nullable String valuesFrom,
      List<Translation> translations) {
    /** Nothing added: an enum as selected from its page. */
    public static final Enrichments NONE = new Enrichments(null, null, List.of());

    public Enrichments {
      translations = List.copyOf(translations);
    }
  }

  /** This enum as the metadata type {@code type} documents it too. */
  public DocumentedEnum withMetadata(ServiceMetadata.EnumType type) {
    return new DocumentedEnum(
        identity,
        documentation,
        choices,
        new Enrichments(type, enrichments.valuesFrom(), enrichments.translations()));
  }

  /** This enum with {@code table}'s values, taken from the metadata enum type {@code type}. */
  public DocumentedEnum withValuesFrom(MemberTable table, String type) {
    Documentation d = documentation;
    return new DocumentedEnum(
        identity,
        new Documentation(d.doc(), d.origin(), d.translation(), d.description(), table),
        choices,
        new Enrichments(enrichments.metadata(), type, enrichments.translations()));
  }

  /** This enum with the translated descriptions {@code translations}. */
  public DocumentedEnum withTranslations(List<Translation> translations) {
    return new DocumentedEnum(
        identity,
        documentation,
        choices,
        new Enrichments(enrichments.metadata(), enrichments.valuesFrom(), translations));
  }

  /** Whether any member has a description, which a translation could translate. */
  public boolean hasMemberDescriptions() {
    return documentation.table().rows().stream().anyMatch(row -> !row.description().isEmpty());
  }
}
