package io.github.graphenum.processor.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metadata read as far as the enum types asked for need ({@link CsdlSections}, {@link
 * MetadataFiles}): whatever the document's shape, a type reads as the whole document gives it.
 */
class CsdlSectionsTest {
  private static final String EDMX = "http://docs.oasis-open.org/odata/ns/edmx";
  private static final String EDM = "http://docs.oasis-open.org/odata/ns/edm";

  /** Graph's shape: prolog, a core vocabulary include, two schemas, out-of-line annotations. */
  static final String GRAPH_SHAPE =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <edmx:Edmx Version="4.0" xmlns:edmx="%s">
        <edmx:Reference Uri="https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1.xml">
          <edmx:Include Namespace="Org.OData.Core.V1" Alias="Core" />
        </edmx:Reference>
        <edmx:DataServices>
          <Schema Namespace="microsoft.graph" Alias="graph" xmlns="%s">
            <EnumType Name="alertSeverity">
              <Member Name="low" Value="0" />
              <Member Name="high" Value="1" />
            </EnumType>
            <EntityType Name="alert"><Property Name="severity" Type="graph.alertSeverity" /></EntityType>
            <EnumType Name="color" IsFlags="true">
              <Member Name="red" Value="1" />
              <Member Name="green" Value="2">
                <Annotation Term="Core.Revisions">
                  <Collection><Record>
                    <PropertyValue Property="Description" String="Use red &gt; green." />
                    <PropertyValue Property="Kind"><EnumMember>Org.OData.Core.V1.RevisionKind/Deprecated</EnumMember></PropertyValue>
                  </Record></Collection>
                </Annotation>
              </Member>
            </EnumType>
            <EnumType Name="empty" />
            <Annotations Target="graph.alertSeverity">
              <Annotation Term="Org.OData.Core.V1.Revisions">
                <Collection><Record>
                  <PropertyValue Property="Date" Date="2024-04-10" />
                  <PropertyValue Property="Description" String="The legacy alerts are deprecated." />
                  <PropertyValue Property="Kind"><EnumMember>Org.OData.Core.V1.RevisionKind/Deprecated</EnumMember></PropertyValue>
                </Record></Collection>
              </Annotation>
            </Annotations>
            <Annotations Target="microsoft.graph.alertSeverity/high">
              <Annotation Term="Core.Revisions">
                <Collection><Record>
                  <PropertyValue Property="Kind"><EnumMember>Org.OData.Core.V1.RevisionKind/Deprecated</EnumMember></PropertyValue>
                </Record></Collection>
              </Annotation>
            </Annotations>
            <Annotations Target="microsoft.graph.alert/severity">
              <Annotation Term="Org.OData.Core.V1.Description" String="not an enum" />
            </Annotations>
          </Schema>
          <Schema Namespace="microsoft.graph.callRecords" xmlns="%s">
            <EnumType Name="color"><Member Name="other" Value="7" /></EnumType>
            <EnumType Name="callType"><Member Name="groupCall" Value="1" /></EnumType>
          </Schema>
        </edmx:DataServices>
      </edmx:Edmx>
      """
          .formatted(EDMX, EDM, EDM);

  @TempDir Path dir;

  @Test
  void graphsShapeIsCutAndReadsAsWhole() throws Exception {
    byte[] cut = CsdlSections.cut(bytes(GRAPH_SHAPE), Set.of("alertSeverity"), false);
    assertNotNull(cut);
    String kept = new String(cut, StandardCharsets.UTF_8);
    assertTrue(kept.contains("<EnumType Name=\"alertSeverity\">"), kept);
    assertTrue(kept.contains("Target=\"graph.alertSeverity\""), kept);
    assertTrue(kept.contains("Target=\"microsoft.graph.alertSeverity/high\""), kept);
    assertTrue(!kept.contains("EnumType Name=\"color\"") && !kept.contains("alert/severity"), kept);
    assertReadsAsWhole(GRAPH_SHAPE, "alertSeverity", "color", "empty", "callType", "absent");
  }

  @Test
  void namesInCommentsCdataAndAttributeValuesAreNoTags() throws Exception {
    String xml =
        GRAPH_SHAPE
            .replace(
                "<EntityType Name=\"alert\">",
                "<!-- <EnumType Name=\"callType\"><Member Name=\"fake\" /></EnumType> -->"
                    + "<?note <EnumType Name=\"color\"> ?>"
                    + "<EntityType Name=\"alert\">")
            .replace(
                "String=\"not an enum\"",
                "String=\"&lt;EnumType Name='color'&gt; Schema > EnumType />\"");
    assertReadsAsWhole(xml, "alertSeverity", "color", "callType");
  }

  @Test
  void prefixedTagsSingleQuotesAndSpacesAreFollowed() throws Exception {
    String xml =
        """
        <?xml version='1.0'?>
        <edmx:Edmx Version='4.0' xmlns:edmx='%s' xmlns:edm='%s'>
          <edmx:DataServices>
            <edm:Schema Namespace = 'microsoft.graph' Alias='graph'>
              <edm:EnumType
                  Name = 'riskLevel' UnderlyingType='Edm.Int64'>
                <edm:Member Name='low' Value='1'/>
              </edm:EnumType   >
              <edm:EnumType Name='other'><edm:Member Name='x'/></edm:EnumType>
            </edm:Schema>
          </edmx:DataServices>
        </edmx:Edmx>
        """
            .formatted(EDMX, EDM);
    assertNotNull(CsdlSections.cut(bytes(xml), Set.of("riskLevel"), false));
    assertReadsAsWhole(xml, "riskLevel", "other");
  }

  @Test
  void namesTheBytesDoNotSettleAreKept() throws Exception {
    String xml =
        GRAPH_SHAPE
            .replace("<EnumType Name=\"empty\" />", "<EnumType Name=\"&#x63;allType\" />")
            .replace("<EnumType Name=\"callType\">", "<EnumType Name=\"callTypé\">");
    assertReadsAsWhole(xml, "callType", "callTypé", "color");
  }

  @Test
  void shapesTheCutDoesNotFollowAreReadWhole() {
    Set<String> names = Set.of("alertSeverity");
    assertNull(
        CsdlSections.cut(
            bytes(GRAPH_SHAPE.replace("<?xml", "<!DOCTYPE edmx>\n<?xml")), names, false),
        "a document type");
    assertNull(
        CsdlSections.cut(
            bytes(
                GRAPH_SHAPE.replace(
                    "<EnumType Name=\"empty\" />",
                    "<edmx:Include Namespace=\"Org.OData.Core.V1\" Alias=\"C\" />")),
            names,
            false),
        "an include after a schema");
    assertNull(
        CsdlSections.cut(GRAPH_SHAPE.getBytes(StandardCharsets.UTF_16), names, false), "UTF-16");
    assertNull(
        CsdlSections.cut(
            bytes(GRAPH_SHAPE.replace("encoding=\"utf-8\"", "encoding=\"ISO-2022-JP\"")),
            names,
            false),
        "an encoding whose characters may hold the byte of <");
    assertNotNull(
        CsdlSections.cut(
            bytes(GRAPH_SHAPE.replace("encoding=\"utf-8\"", "encoding='ISO-8859-1'")),
            names,
            false),
        "ISO 8859-1");
    assertNull(
        CsdlSections.cut(bytes(GRAPH_SHAPE + "<EnumType Name=\"late\""), Set.of("callType"), false),
        "a tag left open");
    assertNull(
        CsdlSections.cut(
            bytes("<edmx:Edmx xmlns:edmx=\"%s\"><edmx:DataServices/></edmx:Edmx>".formatted(EDMX)),
            names,
            false),
        "no schema");
  }

  @Test
  void aDocumentWithAnUnterminatedCommentIsReadWhole() {
    String xml = GRAPH_SHAPE.replace("<EntityType", "<!-- <EntityType");
    assertNull(CsdlSections.cut(bytes(xml), Set.of("color"), false));
  }

  @Test
  void aBrokenPartSaysWhatTheWholeReaderSaysAndFailsOnlyItsTypes() throws Exception {
    String xml =
        GRAPH_SHAPE.replace("<Member Name=\"high\" Value=\"1\" />", "<Member Value=\"1\" />");
    Path file = write(xml);
    CsdlReader.InvalidMetadataException whole =
        assertThrows(
            CsdlReader.InvalidMetadataException.class, () -> CsdlReader.read(List.of(file)));
    assertTrue(whole.getMessage().contains(":10: <Member> has no Name"), whole.getMessage());
    for (List<String> order :
        List.of(List.of("alertSeverity", "color"), List.of("color", "alertSeverity"))) {
      MetadataFiles files = MetadataFiles.open(List.of(file), (path, bytes) -> {});
      files.expect(order);
      for (String name : order) {
        if (name.equals("alertSeverity")) {
          CsdlReader.InvalidMetadataException lazy =
              assertThrows(CsdlReader.InvalidMetadataException.class, () -> files.find(null, name));
          assertEquals(whole.getMessage(), lazy.getMessage(), order.toString());
        } else {
          assertEquals("color", files.find("graph", name).name(), order.toString());
        }
      }
      for (int i = 0; i <= MetadataFiles.MAX_CUTS; i++) {
        assertNull(files.find(null, "absent" + i));
      }
      assertFalse(files.holdsEveryType(), "the whole file is broken");
      assertEquals(1, files.find("microsoft.graph.callRecords", "callType").members().size());
    }
  }

  @Test
  void eachBrokenPartNamesItsOwnLine() throws Exception {
    String xml =
        GRAPH_SHAPE
            .replace("<Member Name=\"high\" Value=\"1\" />", "<Member Name=\"high\" Value=\"1\">")
            .replace("<Member Name=\"groupCall\" Value=\"1\" />", "<Member Name=\"\" />");
    Path file = write(xml);
    MetadataFiles files = MetadataFiles.open(List.of(file), (path, bytes) -> {});
    files.expect(List.of("callType", "alertSeverity", "color"));
    String callType =
        assertThrows(CsdlReader.InvalidMetadataException.class, () -> files.find(null, "callType"))
            .getMessage();
    assertTrue(callType.endsWith(":47: <Member> has no Name"), callType);
    String alertSeverity =
        assertThrows(
                CsdlReader.InvalidMetadataException.class, () -> files.find(null, "alertSeverity"))
            .getMessage();
    assertTrue(alertSeverity.contains("is not well-formed XML"), alertSeverity);
    assertTrue(alertSeverity.contains("[11,"), alertSeverity);
    assertEquals(2, files.find("graph", "color").members().size());
  }

  @Test
  void theRootIsCheckedWhenOpened() throws Exception {
    Path file = write("<html><EnumType Name=\"x\"/></html>");
    CsdlReader.InvalidMetadataException e =
        assertThrows(
            CsdlReader.InvalidMetadataException.class,
            () -> MetadataFiles.open(List.of(file), (path, bytes) -> {}));
    assertTrue(e.getMessage().endsWith("is not CSDL: its root element is <html>, not <edmx:Edmx>"));
  }

  @Test
  void afterTheMostCutsTheWholeFilesAreRead() throws Exception {
    Path file = write(GRAPH_SHAPE);
    List<String> handed = new ArrayList<>();
    MetadataFiles files = MetadataFiles.open(List.of(file), (path, bytes) -> handed.add("read"));
    ServiceMetadata whole = CsdlReader.read(List.of(file));
    for (int i = 0; i <= MetadataFiles.MAX_CUTS + 1; i++) {
      String absent = "absent" + i;
      assertNull(files.find(null, absent));
    }
    assertTrue(files.holdsEveryType());
    for (String name : List.of("alertSeverity", "color", "empty", "callType")) {
      assertEquals(whole.find("graph", name), files.find("graph", name));
      assertEquals(whole.find(null, name), files.find(null, name));
    }
    assertEquals(List.of("read"), handed, "each file's bytes are handed over once");
  }

  @Test
  void namesExpectedTogetherAreReadTogether() throws Exception {
    MetadataFiles files = MetadataFiles.open(List.of(write(GRAPH_SHAPE)), (path, bytes) -> {});
    files.expect(List.of("alertSeverity", "color", "callType"));
    files.find(null, "alertSeverity");
    for (int i = 1; i < MetadataFiles.MAX_CUTS; i++) {
      files.find(null, "absent" + i);
    }
    // Read with the first cut: no cut is left, and these need none.
    assertEquals(7L, files.find("microsoft.graph.callRecords", "color").members().get(0).value());
    assertNotNull(files.find("graph", "color").members().get(1).deprecation());
    assertFalse(files.holdsEveryType(), "read whole");
    files.find(null, "absentAtLast");
    assertTrue(files.holdsEveryType(), "read whole after the last cut");
  }

  @Test
  void aCommentOpenedByLessThanBangDashDashGreaterThanRunsToItsEnd() throws Exception {
    // "<!-->" opens a comment that the next "-->" closes: what stands between is no element.
    String xml =
        GRAPH_SHAPE.replace(
            "<EntityType Name=\"alert\">",
            "<!--> <EnumType Name=\"ghost\"><Member Name=\"a\" /></EnumType> -->"
                + "<!---> <EnumType Name=\"spook\" /> --><EntityType Name=\"alert\">");
    assertReadsAsWhole(xml, "ghost", "spook", "color");
  }

  @Test
  void theReaderTakesTheFirstAttributeOfTheLocalNameWhateverItsPrefix() throws Exception {
    String xml =
        GRAPH_SHAPE
            .replace(
                "<EnumType Name=\"empty\" />", "<EnumType xml:Name=\"ghost\" Name=\"empty\" />")
            .replace(
                "<Annotations Target=\"microsoft.graph.alert/severity\">",
                "<Annotations xml:Target=\"graph.color\""
                    + " Target=\"microsoft.graph.alert/severity\">")
            .replace(
                "String=\"not an enum\" />",
                "String=\"not an enum\" />" + DEPRECATED.formatted("Core.Revisions", "Targeted"));
    assertReadsAsWhole(xml, "ghost", "empty", "color");
  }

  @Test
  void twoTargetsOfOneTypeGiveTheFirstInDocumentOrderWhateverElseIsRead() throws Exception {
    // The alias's and the namespace's target name one type; many other targets make the reader's
    // map of targets larger than a cut's.
    StringBuilder others = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      others.append(
          "<Annotations Target=\"graph.other%d\">%s</Annotations>\n"
              .formatted(i, DEPRECATED.formatted("Core.Revisions", "other")));
    }
    String xml =
        GRAPH_SHAPE.replace(
            "</Schema>\n    <Schema Namespace=\"microsoft.graph.callRecords\"",
            "<Annotations Target=\"microsoft.graph.alertSeverity\">"
                + DEPRECATED.formatted("Core.Revisions", "second")
                + "</Annotations>\n"
                + others
                + "</Schema>\n    <Schema Namespace=\"microsoft.graph.callRecords\"");
    assertTrue(xml.contains("\"second\""), "replaced");
    assertReadsAsWhole(xml, "alertSeverity");
  }

  @Test
  void anEnumTypeInsideAnotherTypesAnnotationsReadsAsWhole() throws Exception {
    String xml =
        GRAPH_SHAPE.replace(
            "<Annotation Term=\"Org.OData.Core.V1.Description\" String=\"not an enum\" />",
            "<EnumType Name=\"nested\">"
                + DEPRECATED.formatted("Core.Revisions", "nested")
                + "<Member Name=\"a\" /></EnumType>");
    assertReadsAsWhole(xml, "nested", "alertSeverity");
  }

  @Test
  void tagsWithAPrefixOutsideAsciiAreFollowed() throws Exception {
    String xml =
        GRAPH_SHAPE.replace(
            "<EnumType Name=\"empty\" />",
            "<\u00e9:EnumType Name=\"accent\" xmlns:\u00e9=\"%s\"><\u00e9:Member Name=\"a\" /></\u00e9:EnumType>"
                .formatted(EDM));
    assertReadsAsWhole(xml, "accent");
  }

  @Test
  void anEnumTypeNamedWithADotReadsAsWhole() throws Exception {
    String xml =
        GRAPH_SHAPE
            .replace(
                "<Annotations Target=\"microsoft.graph.alert/severity\">",
                "<Annotations Target=\"graph.a.b\">"
                    + DEPRECATED.formatted("Core.Revisions", "dotted"))
            .replace("<EnumType Name=\"empty\" />", "<EnumType Name=\"a.b\" />");
    assertReadsAsWhole(xml, "a.b");
  }

  @Test
  void aPrefixDeclaredOnAnElementLeftOutStaysBound() throws Exception {
    String xml =
        GRAPH_SHAPE.replace(
            "<EnumType Name=\"empty\" />",
            "<EntityType Name=\"wrap\" xmlns:e=\"%s\"><e:EnumType Name=\"wrapped\" /></EntityType>"
                .formatted(EDM));
    assertReadsAsWhole(xml, "wrapped");
  }

  @Test
  void aNamelessEnumTypeFailsAsTheWholeReaderDoes() throws Exception {
    assertFailsAsWhole(
        GRAPH_SHAPE.replace("<EnumType Name=\"empty\" />", "<EnumType Name=\" \" />"), "color");
    assertFailsAsWhole(GRAPH_SHAPE.replace("<EnumType Name=\"empty\" />", "<EnumType />"), "color");
  }

  @Test
  void messagesSayTheLineAndColumnOfTheWholeDocument() throws Exception {
    String broken =
        GRAPH_SHAPE.replace(
            "<EnumType Name=\"alertSeverity\">", "<EnumType Name=\"alertSeverity\" broken>");
    assertFailsAsWhole(broken, "alertSeverity");
    assertFailsAsWhole(broken.replace("\n", "\r\n"), "alertSeverity");
    assertFailsAsWhole(broken.replace("\n", "\r"), "alertSeverity");
    String lateAnnotations =
        GRAPH_SHAPE.replace(
            "</edmx:DataServices>",
            "<Annotations Target=\"graph.color\">\n<Annotation Term=\"Core.Description\" />\n"
                + "</Annotations>\n<Broken a=1 />\n</edmx:DataServices>");
    assertFailsAsWhole(lateAnnotations, "color");
  }

  @Test
  void anEnumTypeInsideAMemberReadsAsWhole() throws Exception {
    String xml =
        GRAPH_SHAPE.replace(
            "<Member Name=\"red\" Value=\"1\" />",
            "<Member Name=\"red\" Value=\"1\"><EnumType Name=\"inner\">"
                + DEPRECATED.formatted("Core.Revisions", "inner")
                + "<Member Name=\"a\" /></EnumType></Member>");
    assertReadsAsWhole(xml, "inner", "color");
  }

  /** A Revisions annotation of kind Deprecated: formatted with its term and description. */
  private static final String DEPRECATED =
      "<Annotation Term=\"%s\"><Collection><Record>"
          + "<PropertyValue Property=\"Description\" String=\"%s\" />"
          + "<PropertyValue Property=\"Kind\"><EnumMember>"
          + "Org.OData.Core.V1.RevisionKind/Deprecated</EnumMember></PropertyValue>"
          + "</Record></Collection></Annotation>";

  /**
   * Asserts that the whole reader refuses {@code xml}, and that asking for {@code name} gives its
   * message.
   */
  private void assertFailsAsWhole(String xml, String name) throws Exception {
    Path file = write(xml);
    String whole =
        assertThrows(
                CsdlReader.InvalidMetadataException.class, () -> CsdlReader.read(List.of(file)))
            .getMessage();
    MetadataFiles files = MetadataFiles.open(List.of(file), (path, bytes) -> {});
    String cut =
        assertThrows(CsdlReader.InvalidMetadataException.class, () -> files.find(null, name))
            .getMessage();
    assertEquals(whole, cut, name);
  }

  @Test
  void aFileBrokenWhereEveryCutReadsFailsEveryNameWithOneMessageAndFewCuts() throws Exception {
    // A download cut short: the end of the document, which every cut keeps, is missing.
    String truncated = GRAPH_SHAPE.substring(0, GRAPH_SHAPE.indexOf("  </edmx:DataServices>"));
    Path file = write(truncated);
    String whole =
        assertThrows(
                CsdlReader.InvalidMetadataException.class, () -> CsdlReader.read(List.of(file)))
            .getMessage();
    MetadataFiles files = MetadataFiles.open(List.of(file), (path, bytes) -> {});
    files.expect(List.of("alertSeverity", "color", "empty", "callType"));
    for (String name : List.of("alertSeverity", "color", "empty", "callType", "later")) {
      String message =
          assertThrows(CsdlReader.InvalidMetadataException.class, () -> files.find(null, name))
              .getMessage();
      assertEquals(whole, message, name);
    }
    assertEquals(1, files.cutsMade(), "one reading; the broken end is found once");
  }

  @Test
  void oneBrokenTypeAmongManyIsFoundByHalves() throws Exception {
    StringBuilder types = new StringBuilder();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      names.add("type" + i);
      types
          .append("<EnumType Name=\"type")
          .append(i)
          .append(
              i == 41
                  ? "\"><Member Value=\"0\"/></EnumType>\n"
                  : "\"><Member Name=\"a\"/></EnumType>\n");
    }
    String xml =
        """
        <edmx:Edmx Version="4.0" xmlns:edmx="%s"><edmx:DataServices>
        <Schema Namespace="microsoft.graph" xmlns="%s">
        %s</Schema>
        </edmx:DataServices></edmx:Edmx>
        """
            .formatted(EDMX, EDM, types);
    Path file = write(xml);
    MetadataFiles files = MetadataFiles.open(List.of(file), (path, bytes) -> {});
    files.expect(names);
    for (String name : names) {
      if (name.equals("type41")) {
        String message =
            assertThrows(CsdlReader.InvalidMetadataException.class, () -> files.find(null, name))
                .getMessage();
        assertTrue(message.endsWith(":44: <Member> has no Name"), message);
      } else {
        assertEquals("a", files.find("microsoft.graph", name).members().get(0).name(), name);
      }
    }
    assertEquals(1, files.cutsMade(), "one reading asked for");
    files.expect(List.of("type41"));
    assertThrows(CsdlReader.InvalidMetadataException.class, () -> files.find(null, "type41"));
    assertEquals(1, files.cutsMade(), "a name that failed is not read again");
  }

  @Test
  void threadsAskingAtOnceGetWhatTheWholeFileGives() throws Exception {
    Path file = write(GRAPH_SHAPE);
    ServiceMetadata whole = CsdlReader.read(List.of(file));
    List<String> names = List.of("alertSeverity", "color", "empty", "callType", "absent");
    for (int round = 0; round < 20; round++) {
      MetadataFiles files = MetadataFiles.open(List.of(file), (path, bytes) -> {});
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        List<Future<ServiceMetadata.EnumType>> asked = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          String name = names.get((i + round) % names.size());
          asked.add(threads.submit(() -> files.find("graph", name)));
        }
        for (int i = 0; i < asked.size(); i++) {
          String name = names.get((i + round) % names.size());
          assertEquals(whole.find("graph", name), asked.get(i).get(), name);
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  /**
   * Asserts that every type of {@code names}, with no namespace, by namespace and by alias, reads
   * the same from a cut as from the whole document; and from a cut of all the names at once.
   */
  private void assertReadsAsWhole(String xml, String... names) throws Exception {
    Path file = write(xml);
    ServiceMetadata whole = CsdlReader.read(List.of(file));
    Set<String> qualifiers = new LinkedHashSet<>();
    whole.enums().keySet().forEach(key -> qualifiers.add(key.substring(0, key.lastIndexOf('.'))));
    for (String name : names) {
      MetadataFiles alone = MetadataFiles.open(List.of(file), (path, bytes) -> {});
      MetadataFiles together = MetadataFiles.open(List.of(file), (path, bytes) -> {});
      together.expect(List.of(names));
      assertEquals(whole.find(null, name), alone.find(null, name), name);
      for (String qualifier : qualifiers) {
        assertEquals(whole.find(qualifier, name), alone.find(qualifier, name), qualifier + name);
        assertEquals(whole.find(qualifier, name), together.find(qualifier, name), qualifier + name);
      }
    }
  }

  private Path write(String xml) throws Exception {
    Path file = dir.resolve("metadata.xml");
    Files.writeString(file, xml);
    return file;
  }

  private static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}
