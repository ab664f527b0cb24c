package io.github.graphenum.processor.metadata;

import io.github.graphenum.processor.page.Deprecation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the enum types of service metadata (CSDL, OData's Common Schema Definition Language) with
 * StAX, streaming: the v1.0 metadata is 3.5 MB (August 2026), and only its enum types are kept.
 * Entities and DTDs are not resolved.
 */
public final class CsdlReader {
  private static final String EDMX = "http://docs.oasis-open.org/odata/ns/edmx";

  /** The namespace of OData's core vocabulary, which defines the Revisions term. */
  private static final String CORE = "Org.OData.Core.V1";

  /** A metadata file that cannot be used; its message says why. */
  public static final class InvalidMetadataException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong, naming the file: every such exception says it. */
    private final String why;

    public InvalidMetadataException(String why) {
      super(why);
      this.why = why;
    }

    @Override
    public String getMessage() {
      return why;
    }
  }

  private CsdlReader() {}

  /** Reads every file of {@code files} into one index. */
  public static ServiceMetadata read(List<Path> files) throws InvalidMetadataException {
    List<String> names = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    for (Path file : files) {
      names.add(file.getFileName().toString());
      documents.add(parse(file, bytes(file)));
    }
    return index(names, documents);
  }

  /** The enum types of {@code documents}, read from the files {@code names}, in one index. */
  static ServiceMetadata index(List<String> names, List<Document> documents) {
    List<Indexed> indexed = new ArrayList<>();
    Map<String, Deprecation> deprecatedTargets = new HashMap<>();
    for (Document document : documents) {
      indexed.addAll(document.enums());
      deprecatedTargets.putAll(document.deprecatedTargets());
    }
    Map<String, ServiceMetadata.EnumType> enums = new HashMap<>();
    // One type under both its keys stays one type.
    IdentityHashMap<ServiceMetadata.EnumType, ServiceMetadata.EnumType> annotated =
        new IdentityHashMap<>();
    for (Indexed each : indexed) {
      enums.put(
          each.key(),
          annotated.computeIfAbsent(
              each.type(), type -> withTargetedDeprecations(type, deprecatedTargets)));
    }
    return new ServiceMetadata(names, enums);
  }

  /** An enum type under one of its keys: namespace-qualified, or alias-qualified. */
  record Indexed(String key, ServiceMetadata.EnumType type) {}

  /**
   * What one metadata file holds for the processor.
   *
   * @param enums its enum types, under each of their keys
   * @param deprecatedTargets the deprecations of its out-of-line {@code <Annotations Target=..>},
   *     by target, an alias in the target replaced by its namespace: {@code
   *     microsoft.graph.alertSeverity}, or a member's {@code microsoft.graph.alertSeverity/low}
   */
  record Document(List<Indexed> enums, Map<String, Deprecation> deprecatedTargets) {}

  /**
   * {@code type} with the deprecations {@code targets} give it and its members, where the type's
   * own (inline) annotations give none.
   */
  private static ServiceMetadata.EnumType withTargetedDeprecations(
      ServiceMetadata.EnumType type, Map<String, Deprecation> targets) {
    if (targets.isEmpty()) {
      return type;
    }
    String qualified = type.qualifiedName();
    List<ServiceMetadata.Member> members = new ArrayList<>(type.members().size());
    for (ServiceMetadata.Member member : type.members()) {
      Deprecation targeted = targets.get(qualified + "/" + member.name());
      members.add(
          member.deprecation() == null && targeted != null
              ? new ServiceMetadata.Member(member.name(), member.value(), targeted)
              : member);
    }
    Deprecation deprecation =
        type.deprecation() != null ? type.deprecation() : targets.get(qualified);
    return new ServiceMetadata.EnumType(
        type.namespace(), type.name(), type.flags(), type.underlyingType(), members, deprecation);
  }

  /** The bytes of the metadata file {@code file}. */
  static byte[] bytes(Path file) throws InvalidMetadataException {
    if (Files.isDirectory(file)) {
      throw new InvalidMetadataException(file + " is a directory, not a metadata file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidMetadataException(file + " does not exist");
    } catch (IOException e) {
      throw new InvalidMetadataException("cannot read " + file + ": " + e);
    }
  }

  /** What the metadata document {@code bytes}, read from {@code file}, holds for the processor. */
  static Document parse(Path file, byte[] bytes) throws InvalidMetadataException {
    try {
      XMLStreamReader xml = reader(bytes);
      try {
        return enumTypes(file, xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw notWellFormed(file, e);
    }
  }

  /**
   * Checks that {@code bytes}, read from {@code file}, are CSDL by their root element alone, which
   * is all a compilation needs to know before its first spec.
   */
  static void checkRoot(Path file, byte[] bytes) throws InvalidMetadataException {
    try {
      XMLStreamReader xml = reader(bytes);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            checkRootElement(file, xml);
            return;
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw notWellFormed(file, e);
    }
    throw new InvalidMetadataException(file + " is not CSDL: it has no root element");
  }

  /** A reader of {@code bytes} that resolves no entities and reads no document type. */
  private static XMLStreamReader reader(byte[] bytes) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
  }

  private static InvalidMetadataException notWellFormed(Path file, XMLStreamException e) {
    return new InvalidMetadataException(file + " is not well-formed XML: " + e.getMessage());
  }

  /** Checks that the element {@code xml} is on, the document's first, is {@code <edmx:Edmx>}. */
  private static void checkRootElement(Path file, XMLStreamReader xml)
      throws InvalidMetadataException {
    if (!xml.getLocalName().equals("Edmx") || !EDMX.equals(xml.getNamespaceURI())) {
      throw new InvalidMetadataException(
          file + " is not CSDL: its root element is <" + xml.getName() + ">, not <edmx:Edmx>");
    }
  }

  /** The {@code Name} attribute of the current element, which CSDL requires. */
  private static String required(Path file, XMLStreamReader xml, String element)
      throws InvalidMetadataException {
    String name = xml.getAttributeValue(null, "Name");
    if (name == null || name.isBlank()) {
      throw new InvalidMetadataException(
          file + ":" + xml.getLocation().getLineNumber() + ": <" + element + "> has no Name");
    }
    return name.strip();
  }

  /**
   * An {@code EnumType} being read: what its start tag and its schema's said, and its members so
   * far. Whatever comes between its start and end tags, it is the enum type of its own schema.
   */
  private record OpenEnumType(
      String namespace,
      @Nullable String alias,
      String name,
      boolean flags,
      String underlyingType,
      List<ServiceMetadata.Member> members) {}

  private static Document enumTypes(Path file, XMLStreamReader xml)
      throws XMLStreamException, InvalidMetadataException {
    List<Indexed> found = new ArrayList<>();
    // In document order: of two targets that name one type (by alias, by namespace), the first
    // gives its deprecation, however many other targets the document has (a cut has fewer).
    Map<String, Deprecation> targets = new LinkedHashMap<>();
    Set<String> coreAliases = new HashSet<>();
    Map<String, String> namespaceOfAlias = new HashMap<>();
    boolean root = true;
    String namespace = null;
    String alias = null;
    OpenEnumType open = null;
    boolean inMember = false;
    Deprecation enumDeprecation = null;
    String target = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        if (root) {
          checkRootElement(file, xml);
          root = false;
        } else if (element.equals("Include")) {
          String included = xml.getAttributeValue(null, "Alias");
          if (included != null && CORE.equals(xml.getAttributeValue(null, "Namespace"))) {
            coreAliases.add(included.strip());
          }
        } else if (element.equals("Schema")) {
          namespace = xml.getAttributeValue(null, "Namespace");
          alias = xml.getAttributeValue(null, "Alias");
          if (namespace != null && alias != null) {
            namespaceOfAlias.put(alias, namespace);
          }
        } else if (element.equals("Annotations")) {
          target = xml.getAttributeValue(null, "Target");
        } else if (element.equals("Annotation")
            && (target != null || open != null)
            && Revisions.isTerm(xml.getAttributeValue(null, "Term"), coreAliases)) {
          Deprecation deprecation = Revisions.read(xml);
          if (deprecation == null) {
            // A revision of another kind (Added, Modified): nothing to keep.
          } else if (target != null) {
            targets.putIfAbsent(target.strip(), deprecation);
          } else if (open != null && inMember) {
            List<ServiceMetadata.Member> members = open.members();
            int last = members.size() - 1;
            ServiceMetadata.Member member = members.get(last);
            members.set(
                last, new ServiceMetadata.Member(member.name(), member.value(), deprecation));
          } else {
            enumDeprecation = deprecation;
          }
        } else if (element.equals("EnumType") && namespace != null) {
          String name = required(file, xml, "EnumType");
          boolean flags = "true".equals(xml.getAttributeValue(null, "IsFlags"));
          String type = xml.getAttributeValue(null, "UnderlyingType");
          open =
              new OpenEnumType(
                  namespace,
                  alias,
                  name,
                  flags,
                  type == null ? "Edm.Int32" : type,
                  new ArrayList<>());
          enumDeprecation = null;
          inMember = false; // an enum type inside a member: its annotations are its own
        } else if (element.equals("Member") && open != null) {
          List<ServiceMetadata.Member> members = open.members();
          String member = required(file, xml, "Member");
          String value = xml.getAttributeValue(null, "Value");
          inMember = true;
          try {
            long position = members.size(); // OData: members without Value take 0, 1, 2...
            members.add(
                new ServiceMetadata.Member(
                    member, value == null ? position : Long.parseLong(value.strip())));
          } catch (NumberFormatException e) {
            throw new InvalidMetadataException(
                file
                    + ":"
                    + xml.getLocation().getLineNumber()
                    + ": member value '"
                    + value
                    + "' is not an integer");
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String element = xml.getLocalName();
        if (element.equals("EnumType") && open != null) {
          ServiceMetadata.EnumType type =
              new ServiceMetadata.EnumType(
                  open.namespace(),
                  open.name(),
                  open.flags(),
                  open.underlyingType(),
                  open.members(),
                  enumDeprecation);
          found.add(new Indexed(type.qualifiedName(), type));
          if (open.alias() != null) {
            found.add(new Indexed(open.alias() + "." + open.name(), type));
          }
          open = null;
        } else if (element.equals("Member")) {
          inMember = false;
        } else if (element.equals("Annotations")) {
          target = null;
        } else if (element.equals("Schema")) {
          namespace = null;
          alias = null;
        }
      }
    }
    if (root) {
      throw new InvalidMetadataException(file + " is not CSDL: it has no root element");
    }
    return new Document(found, withNamespaces(targets, namespaceOfAlias));
  }

  /**
   * {@code targets} with an alias that starts a target replaced by its namespace: {@code
   * graph.alertSeverity} is {@code microsoft.graph.alertSeverity}.
   */
  private static Map<String, Deprecation> withNamespaces(
      Map<String, Deprecation> targets, Map<String, String> namespaceOfAlias) {
    Map<String, Deprecation> qualified = new HashMap<>();
    targets.forEach(
        (target, deprecation) -> {
          int dot = target.indexOf('.');
          String namespace = dot < 0 ? null : namespaceOfAlias.get(target.substring(0, dot));
          qualified.putIfAbsent(
              namespace == null ? target : namespace + target.substring(dot), deprecation);
        });
    return qualified;
  }
}
