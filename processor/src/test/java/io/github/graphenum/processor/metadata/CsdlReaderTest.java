package io.github.graphenum.processor.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSDL reader on its own: XML in, enum types out. */
class CsdlReaderTest {
  static final String CSDL =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
        <edmx:DataServices>
          <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
            <EnumType Name="color">
              <Member Name="red" />
              <Member Name="green" />
              <Member Name="blue" />
            </EnumType>
            <EnumType Name="modes" IsFlags="true" UnderlyingType="Edm.Int64">
              <Member Name="none" Value="0" />
              <Member Name="inPerson" Value="1" />
              <Member Name="online" Value="4294967296" />
            </EnumType>
            <EntityType Name="user"><Property Name="id" Type="Edm.String" /></EntityType>
          </Schema>
          <Schema Namespace="microsoft.graph.callRecords" xmlns="http://docs.oasis-open.org/odata/ns/edm">
            <EnumType Name="callType">
              <Member Name="unknown" Value="0" />
              <Member Name="groupCall" Value="1" />
            </EnumType>
            <EnumType Name="color">
              <Member Name="other" Value="7" />
            </EnumType>
          </Schema>
        </edmx:DataServices>
      </edmx:Edmx>
      """;

  @TempDir Path dir;

  private ServiceMetadata read(String xml) throws Exception {
    Path file = dir.resolve("metadata.xml");
    Files.writeString(file, xml);
    return CsdlReader.read(List.of(file));
  }

  @Test
  void enumTypesAreIndexedByNamespaceAndAlias() throws Exception {
    ServiceMetadata metadata = read(CSDL);
    ServiceMetadata.EnumType color = metadata.find("microsoft.graph", "color");
    assertEquals("microsoft.graph.color", color.qualifiedName());
    assertSame(color, metadata.find("graph", "color"));
    assertEquals(
        "microsoft.graph.callRecords.callType",
        metadata.find("microsoft.graph.callRecords", "callType").qualifiedName());
    assertNull(metadata.find("microsoft.graph", "callType"));
    assertEquals(List.of("metadata.xml"), metadata.files());
  }

  @Test
  void membersWithoutValueTakeTheirPosition() throws Exception {
    ServiceMetadata.EnumType color = read(CSDL).find("microsoft.graph", "color");
    assertEquals(
        List.of(
            new ServiceMetadata.Member("red", 0),
            new ServiceMetadata.Member("green", 1),
            new ServiceMetadata.Member("blue", 2)),
        color.members());
    assertEquals("Edm.Int32", color.underlyingType());
  }

  @Test
  void flagsAndUnderlyingTypeAreRead() throws Exception {
    ServiceMetadata.EnumType modes = read(CSDL).find("microsoft.graph", "modes");
    assertTrue(modes.flags());
    assertEquals("Edm.Int64", modes.underlyingType());
    assertEquals(4294967296L, modes.members().get(2).value());
  }

  @Test
  void withoutNamespaceANameIsFoundOnlyWhenOneSchemaHasIt() throws Exception {
    ServiceMetadata metadata = read(CSDL);
    assertEquals(
        "microsoft.graph.callRecords.callType", metadata.find(null, "callType").qualifiedName());
    assertNull(metadata.find(null, "color"), "two schemas have a color");
  }

  @Test
  void filesThatAreNotCsdlAreOneClearError() throws IOException {
    assertTrue(
        assertThrows(CsdlReader.InvalidMetadataException.class, () -> read("<html><body/></html>"))
            .getMessage()
            .contains("is not CSDL: its root element is <html>, not <edmx:Edmx>"));
    assertTrue(
        assertThrows(
                CsdlReader.InvalidMetadataException.class,
                () -> read("<edmx:Edmx xmlns:edmx=\"x\"><unclosed>"))
            .getMessage()
            .contains("is not CSDL"));
    assertTrue(
        assertThrows(CsdlReader.InvalidMetadataException.class, () -> read("not xml at all"))
            .getMessage()
            .contains("is not well-formed XML"));
    assertTrue(
        assertThrows(
                CsdlReader.InvalidMetadataException.class,
                () -> CsdlReader.read(List.of(dir.resolve("missing.xml"))))
            .getMessage()
            .endsWith("missing.xml does not exist"));
    assertTrue(
        assertThrows(
                CsdlReader.InvalidMetadataException.class,
                () ->
                    read(
                        CSDL.replace(
                            "Value=\"0\" />\n        <Member Name=\"inPerson\"",
                            "Value=\"zero\" />\n        <Member Name=\"inPerson\"")))
            .getMessage()
            .contains("member value 'zero' is not an integer"));
  }

  @Test
  void namesMissingAndDirectoriesAreClearErrorsNotCrashes() {
    assertEquals(
        dir.resolve("metadata.xml") + ":5: <EnumType> has no Name",
        assertThrows(
                CsdlReader.InvalidMetadataException.class,
                () -> read(CSDL.replace("<EnumType Name=\"color\">", "<EnumType>")))
            .getMessage());
    assertEquals(
        dir.resolve("metadata.xml") + ":6: <Member> has no Name",
        assertThrows(
                CsdlReader.InvalidMetadataException.class,
                () -> read(CSDL.replace("<Member Name=\"red\" />", "<Member Value=\"0\" />")))
            .getMessage());
    assertEquals(
        dir + " is a directory, not a metadata file",
        assertThrows(CsdlReader.InvalidMetadataException.class, () -> CsdlReader.read(List.of(dir)))
            .getMessage());
  }

  @Test
  void externalEntitiesAreNotResolved() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<edmx:Edmx xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">&e;</edmx:Edmx>";
    assertThrows(CsdlReader.InvalidMetadataException.class, () -> read(xxe));
  }
}
