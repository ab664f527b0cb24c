package io.github.graphenum.processor.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.graphenum.processor.page.Deprecation;
import io.github.graphenum.processor.page.Description;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSDL reader on {@code Org.OData.Core.V1.Revisions}: deprecations of enum types and members,
 * inline and out of line, by namespace and by alias; other kinds of revision ignored.
 */
class RevisionsTest {
  @TempDir Path dir;

  private ServiceMetadata read(String schemaBody) throws Exception {
    return readWith("", schemaBody);
  }

  private ServiceMetadata readWith(String references, String schemaBody) throws Exception {
    Path file = dir.resolve("metadata.xml");
    Files.writeString(
        file,
        """
        <?xml version="1.0" encoding="utf-8"?>
        <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
        """
            + references
            + """
              <edmx:DataServices>
                <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
            """
            + schemaBody
            + """
                </Schema>
              </edmx:DataServices>
            </edmx:Edmx>
            """);
    return CsdlReader.read(List.of(file));
  }

  private static String revisions(String term, String kind, String description) {
    return "<Annotation Term=\""
        + term
        + "\"><Collection><Record>"
        + "<PropertyValue Property=\"Date\" Date=\"2024-04-10\" />"
        + "<PropertyValue Property=\"Description\" String=\""
        + description
        + "\" />"
        + "<PropertyValue Property=\"Kind\"><EnumMember>Org.OData.Core.V1.RevisionKind/"
        + kind
        + "</EnumMember></PropertyValue>"
        + "<PropertyValue Property=\"RemovalDate\" Date=\"2026-04-10\" />"
        + "<PropertyValue Property=\"Version\" String=\"2024-01/Deprecation\" />"
        + "</Record></Collection></Annotation>";
  }

  private static String deprecated(String description) {
    return revisions(Revisions.TERM, "Deprecated", description);
  }

  private static final String ALERT_SEVERITY =
      """
      <EnumType Name="alertSeverity">
        <Member Name="unknown" Value="0" />
        <Member Name="high" Value="4" />
      </EnumType>
      """;

  @Test
  void anOutOfLineRevisionDeprecatesTheEnumTypeAsTheV10MetadataWritesIt() throws Exception {
    ServiceMetadata metadata =
        read(
            ALERT_SEVERITY
                + "<Annotations Target=\"microsoft.graph.alertSeverity\">"
                + deprecated("The legacy Graph Security API is deprecated &amp; going.")
                + "</Annotations>");
    Deprecation deprecation = metadata.find("microsoft.graph", "alertSeverity").deprecation();
    assertEquals(
        new Deprecation(
            Description.ofText("The legacy Graph Security API is deprecated & going."),
            "2024-04-10",
            "2026-04-10"),
        deprecation);
    assertEquals(
        "The legacy Graph Security API is deprecated &amp; going.", deprecation.note().html());
    assertNull(metadata.find("microsoft.graph", "alertSeverity").members().get(0).deprecation());
    assertEquals(deprecation, metadata.find("graph", "alertSeverity").deprecation(), "by alias");
  }

  @Test
  void annotationsBeforeTheTypeAndByAliasApplyToo() throws Exception {
    ServiceMetadata metadata =
        read(
            "<Annotations Target=\"graph.alertSeverity\">"
                + deprecated("Going.")
                + "</Annotations>"
                + "<Annotations Target=\"graph.alertSeverity/high\">"
                + deprecated("High goes.")
                + "</Annotations>"
                + ALERT_SEVERITY);
    ServiceMetadata.EnumType type = metadata.find("microsoft.graph", "alertSeverity");
    assertEquals("Going.", type.deprecation().note().text());
    assertNull(type.members().get(0).deprecation());
    assertEquals("High goes.", type.members().get(1).deprecation().note().text());
  }

  @Test
  void inlineRevisionsDeprecateTheTypeAndItsMember() throws Exception {
    ServiceMetadata metadata =
        read(
            "<EnumType Name=\"reportFormat\">"
                + deprecated("The type goes.")
                + "<Member Name=\"csv\" Value=\"0\" />"
                + "<Member Name=\"pdf\" Value=\"1\">"
                + "<Annotation Term=\"Org.OData.Core.V1.Revisions\"><Collection><Record>"
                + "<PropertyValue Property=\"Kind\""
                + " EnumMember=\"Org.OData.Core.V1.RevisionKind/Deprecated\" />"
                + "<PropertyValue Property=\"Description\" String=\"Use csv.\" />"
                + "</Record></Collection></Annotation>"
                + "</Member>"
                + "<Member Name=\"json\" Value=\"2\" />"
                + "</EnumType>");
    ServiceMetadata.EnumType type = metadata.find("microsoft.graph", "reportFormat");
    assertEquals("The type goes.", type.deprecation().note().text());
    assertEquals(
        List.of(0L, 1L, 2L), type.members().stream().map(ServiceMetadata.Member::value).toList());
    assertNull(type.members().get(0).deprecation());
    assertEquals(
        new Deprecation(Description.ofText("Use csv."), null, null),
        type.members().get(1).deprecation());
    assertNull(type.members().get(2).deprecation(), "the member after is not deprecated");
  }

  @Test
  void revisionsOfOtherKindsOrOtherTermsDeprecateNothing() throws Exception {
    ServiceMetadata metadata =
        read(
            ALERT_SEVERITY
                + "<Annotations Target=\"microsoft.graph.alertSeverity\">"
                + revisions(Revisions.TERM, "Added", "Added in 2024.")
                + revisions("Org.OData.Core.V1.Description", "Deprecated", "Not a revision.")
                + "</Annotations>");
    assertNull(metadata.find("microsoft.graph", "alertSeverity").deprecation());
  }

  @Test
  void theTermIsReadThroughTheAliasTheDocumentGivesTheCoreVocabulary() throws Exception {
    String reference =
        """
          <edmx:Reference Uri="https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1.xml">
            <edmx:Include Namespace="Org.OData.Core.V1" Alias="Core" />
          </edmx:Reference>
        """;
    ServiceMetadata metadata =
        readWith(
            reference,
            ALERT_SEVERITY
                + "<Annotations Target=\"microsoft.graph.alertSeverity\">"
                + revisions("Core.Revisions", "Deprecated", "Going.")
                + "</Annotations>");
    assertEquals(
        "Going.", metadata.find("microsoft.graph", "alertSeverity").deprecation().note().text());
    ServiceMetadata unaliased =
        read(
            ALERT_SEVERITY
                + "<Annotations Target=\"microsoft.graph.alertSeverity\">"
                + revisions("Core.Revisions", "Deprecated", "Going.")
                + "</Annotations>");
    assertNull(
        unaliased.find("microsoft.graph", "alertSeverity").deprecation(),
        "Core is no alias of this document");
  }
}
