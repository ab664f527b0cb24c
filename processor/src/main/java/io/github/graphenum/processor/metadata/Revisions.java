package io.github.graphenum.processor.metadata;

import io.github.graphenum.processor.page.Deprecation;
import io.github.graphenum.processor.page.Description;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@code Org.OData.Core.V1.Revisions} annotation: a collection of records, each with a
 * {@code Kind} ({@code Added}, {@code Modified}, {@code Deprecated}), a {@code Date}, a {@code
 * RemovalDate} and a {@code Description}. Only the {@code Deprecated} one is kept, as a {@link
 * Deprecation}:
 *
 * <pre>
 * &lt;Annotation Term="Org.OData.Core.V1.Revisions"&gt;
 *   &lt;Collection&gt;&lt;Record&gt;
 *     &lt;PropertyValue Property="Date" Date="2024-04-10" /&gt;
 *     &lt;PropertyValue Property="Description" String="The legacy Graph Security API is deprecated..." /&gt;
 *     &lt;PropertyValue Property="Kind"&gt;&lt;EnumMember&gt;Org.OData.Core.V1.RevisionKind/Deprecated&lt;/EnumMember&gt;&lt;/PropertyValue&gt;
 *     &lt;PropertyValue Property="RemovalDate" Date="2026-04-10" /&gt;
 *   &lt;/Record&gt;&lt;/Collection&gt;
 * &lt;/Annotation&gt;
 * </pre>
 */
final class Revisions {
  /** The term's qualified name. */
  static final String TERM = "Org.OData.Core.V1.Revisions";

  private Revisions() {}

  /**
   * Whether the annotation's {@code term} is the Revisions term, by its namespace or by one of the
   * {@code aliases} the document gives {@code Org.OData.Core.V1}.
   */
  static boolean isTerm(@Nullable String term, Set<String> aliases) {
    if (term == null) {
      return false;
    }
    String stripped = term.strip();
    if (stripped.equals(TERM)) {
      return true;
    }
    int dot = stripped.lastIndexOf('.');
    return dot > 0
        && stripped.substring(dot).equals(".Revisions")
        && aliases.contains(stripped.substring(0, dot));
  }

  /**
   * Reads the annotation whose start tag {@code xml} is on, up to its end tag.
   *
   * @return its {@code Deprecated} revision (the first, if several), or {@code null}
   */
  static @Nullable Deprecation read(XMLStreamReader xml) throws XMLStreamException {
    Deprecation found = null;
    int depth = 1;
    Revision revision = null;
    String property = null;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String element = xml.getLocalName();
        if (element.equals("Record")) {
          revision = new Revision();
        } else if (element.equals("PropertyValue") && revision != null) {
          property = xml.getAttributeValue(null, "Property");
          revision.take(property, xml);
        } else if (element.equals("EnumMember") && revision != null && "Kind".equals(property)) {
          revision.kind = xml.getElementText();
          depth--; // getElementText read the end tag
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        String element = xml.getLocalName();
        if (element.equals("Record") && revision != null) {
          if (found == null && revision.isDeprecated()) {
            found = revision.deprecation();
          }
          revision = null;
        } else if (element.equals("PropertyValue")) {
          property = null;
        }
      }
    }
    return found;
  }

  /** The properties of one revision read so far. */
  private static final class Revision {
    @Nullable String kind;
    @Nullable String date;
    @Nullable String removalDate;
    @Nullable String description;

    /** Takes the value a {@code PropertyValue} gives in an attribute. */
    void take(@Nullable String property, XMLStreamReader xml) {
      if (property == null) {
        return;
      }
      switch (property) {
        case "Kind" -> kind = xml.getAttributeValue(null, "EnumMember");
        case "Date" -> date = dateOf(xml);
        case "RemovalDate" -> removalDate = dateOf(xml);
        case "Description" -> description = xml.getAttributeValue(null, "String");
        default -> {}
      }
    }

    private static @Nullable String dateOf(XMLStreamReader xml) {
      String date = xml.getAttributeValue(null, "Date");
      return date == null || date.isBlank() ? null : date.strip();
    }

    /**
     * Whether the kind is {@code Deprecated}: {@code Org.OData.Core.V1.RevisionKind/Deprecated}.
     */
    boolean isDeprecated() {
      return kind != null && kind.strip().endsWith("RevisionKind/Deprecated");
    }

    Deprecation deprecation() {
      return new Deprecation(
          description == null ? Description.EMPTY : Description.ofText(description.strip()),
          date,
          removalDate);
    }
  }
}
