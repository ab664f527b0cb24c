package io.github.graphenum.processor.model;

import io.github.graphenum.processor.metadata.ServiceMetadata;
import io.github.graphenum.processor.page.Description;
import io.github.graphenum.processor.page.MemberTable;
import java.util.List;

/**
 * The enum one spec asks for, as its page documents it: the spec's naming choices and the page's
 * table, nothing checked yet.
 *
 * @param packageName the package to generate into (the spec's)
 * @param className the generated enum's simple name
 * @param graphName the enum's Graph name
 * @param namespace the Graph namespace, or {@code null} when the page states none
 * @param doc the page as the spec names it, or the spec's file for a table written in the spec;
 *     diagnostics name it
 * @param origin where the table came from, for the generated Javadoc
 * @param translation why the page is taken for machine-translated, or {@code null}
 * @param description the enum's description
 * @param table the members table
 * @param rename the spec's {@code memberName=CONSTANT_NAME} entries
 * @param renamable whether the spec can take {@code rename} entries: a {@code @GraphEnum} can, an
 *     enum of a {@code @GraphEnums} folder cannot (messages say what to do instead)
 * @param flags whether the spec declares a flags enum
 * @param valuesFrom the metadata enum type whose values the table took, the page having none; or
 *     {@code null} when the values are the page's
 * @param metadata the service metadata's enum type of this name, or {@code null} when the build has
 *     no metadata or the metadata lacks it; the validator's messages say what it documents
 * @param translations the members' translated descriptions, one per language that translates at
 *     least one, in the order of the languages given; empty without translations
 */
public record DocumentedEnum(
    String packageName,
    String className,
    String graphName,
    String namespace,
    String doc,
    Origin origin,
    String translation,
    Description description,
    MemberTable table,
    List<String> rename,
    boolean renamable,
    boolean flags,
    String valuesFrom,
    ServiceMetadata.EnumType metadata,
    List<Translation> translations) {

  public DocumentedEnum {
    translations = List.copyOf(translations);
  }

  /** This enum as the metadata type {@code type} documents it too. */
  public DocumentedEnum withMetadata(ServiceMetadata.EnumType type) {
    return new DocumentedEnum(
        packageName,
        className,
        graphName,
        namespace,
        doc,
        origin,
        translation,
        description,
        table,
        rename,
        renamable,
        flags,
        valuesFrom,
        type,
        translations);
  }

  /** This enum with {@code table}'s values, taken from the metadata enum type {@code type}. */
  public DocumentedEnum withValuesFrom(MemberTable table, String type) {
    return new DocumentedEnum(
        packageName,
        className,
        graphName,
        namespace,
        doc,
        origin,
        translation,
        description,
        table,
        rename,
        renamable,
        flags,
        type,
        metadata,
        translations);
  }

  /** This enum with the translated descriptions {@code translations}. */
  public DocumentedEnum withTranslations(List<Translation> translations) {
    return new DocumentedEnum(
        packageName,
        className,
        graphName,
        namespace,
        doc,
        origin,
        translation,
        description,
        table,
        rename,
        renamable,
        flags,
        valuesFrom,
        metadata,
        translations);
  }

  /** Whether any member has a description, which a translation could translate. */
  public boolean hasMemberDescriptions() {
    return table.rows().stream().anyMatch(row -> !row.description().isEmpty());
  }
}
