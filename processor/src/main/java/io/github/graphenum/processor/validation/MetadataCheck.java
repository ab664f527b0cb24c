package io.github.graphenum.processor.validation;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.metadata.CsdlReader;
import io.github.graphenum.processor.metadata.MetadataLookup;
import io.github.graphenum.processor.metadata.ServiceMetadata;
import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.model.EnumIdentity;
import io.github.graphenum.processor.page.MemberTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a documented enum against the service metadata: the docs and the service disagree more
 * often than users think. Where the page gives no values and the metadata has every documented
 * member, the metadata's values are taken, so that the enum gets its value lookups; differences are
 * warnings (errors when strict), listed all at once.
 */
public final class MetadataCheck {
  private final MetadataLookup metadata;
  private final boolean strict;

  /**
   * @param metadata the metadata of this compilation
   * @param strict whether differences are errors rather than warnings
   */
  public MetadataCheck(MetadataLookup metadata, boolean strict) {
    this.metadata = metadata;
    this.strict = strict;
  }

  /**
   * Enums of these Graph names will be checked: their types are read together (one reading of the
   * metadata for a round of specs, rather than one per spec).
   */
  public void expect(Collection<String> graphNames) {
    metadata.expect(graphNames);
  }

  /**
   * Whether the metadata marks the enum {@code IsFlags="true"}; false when the metadata cannot be
   * read, which {@link #check} reports.
   */
  public boolean isFlags(@Nullable String namespace, String name) {
    try {
      ServiceMetadata.EnumType type = metadata.find(namespace, name);
      return type != null && type.flags();
    } catch (CsdlReader.InvalidMetadataException e) {
      return false;
    }
  }

  public Outcome<DocumentedEnum> check(DocumentedEnum documented) {
    String doc = documented.documentation().doc();
    EnumIdentity identity = documented.identity();
    ServiceMetadata.EnumType type;
    try {
      type = metadata.find(identity.namespace(), identity.graphName());
    } catch (CsdlReader.InvalidMetadataException e) {
      return Outcome.failed(Message.METADATA_INVALID.at(e.getMessage()));
    }
    String qualified =
        (identity.namespace() == null ? "" : identity.namespace() + ".") + identity.graphName();
    if (type == null) {
      return Outcome.of(
          documented,
          List.of(Message.METADATA_ABSENT.onPage(doc, 0, qualified, metadata.describeFiles())));
    }
    List<Diagnostic> found = new ArrayList<>();
    List<String> differences = differences(documented.documentation().table(), type);
    if (!differences.isEmpty()) {
      found.add(
          strictly(
              Message.METADATA_DRIFT.onPage(
                  doc,
                  0,
                  metadata.describeFiles(),
                  type.qualifiedName(),
                  String.join("; ", differences))));
    }
    if (type.flags() && !documented.choices().flags()) {
      found.add(
          strictly(
              Message.METADATA_FLAGS.onPage(
                  doc, 0, metadata.describeFiles(), type.qualifiedName())));
    } else if (!type.flags() && documented.choices().flags()) {
      found.add(
          strictly(
              Message.METADATA_NOT_FLAGS.onPage(
                  doc, 0, metadata.describeFiles(), type.qualifiedName())));
    }
    return Outcome.of(withMetadataValues(documented.withMetadata(type), type, found), found);
  }

  private Diagnostic strictly(Diagnostic warning) {
    return strict ? warning.asError() : warning;
  }

  /**
   * Every difference between the page's table and the metadata's enum type: members only on one
   * side, different values (where the page gives values), and a different order of the members
   * after {@code unknownFutureValue}, which the service returns in its own order.
   */
  static List<String> differences(MemberTable table, ServiceMetadata.EnumType type) {
    Map<String, String> page = new LinkedHashMap<>();
    for (MemberTable.Row row : table.rows()) {
      page.putIfAbsent(row.member(), row.value());
    }
    Map<String, Long> service = new LinkedHashMap<>();
    for (ServiceMetadata.Member member : type.members()) {
      service.putIfAbsent(member.name(), member.value());
    }
    List<String> differences = new ArrayList<>();
    List<String> onlyPage = page.keySet().stream().filter(m -> !service.containsKey(m)).toList();
    List<String> onlyService = service.keySet().stream().filter(m -> !page.containsKey(m)).toList();
    if (!onlyPage.isEmpty()) {
      differences.add("only on the page: " + String.join(", ", onlyPage));
    }
    if (!onlyService.isEmpty()) {
      differences.add("only in the metadata: " + String.join(", ", onlyService));
    }
    if (table.hasValues()) {
      List<String> values = new ArrayList<>();
      page.forEach(
          (member, value) -> {
            Long expected = service.get(member);
            if (expected != null && !sameNumber(value.strip(), expected)) {
              values.add(member + " (page " + value.strip() + ", metadata " + expected + ")");
            }
          });
      if (!values.isEmpty()) {
        differences.add("different values: " + String.join(", ", values));
      }
    }
    List<String> pageLater = evolvable(new ArrayList<>(page.keySet()), service);
    List<String> serviceLater = evolvable(new ArrayList<>(service.keySet()), page);
    // Without the sentinel on both sides there is no order to compare: a missing one is listed
    // above.
    if (hasSentinel(page.keySet())
        && hasSentinel(service.keySet())
        && !pageLater.equals(serviceLater)) {
      differences.add(
          "evolvable members in another order: page " + pageLater + ", metadata " + serviceLater);
    }
    return differences;
  }

  /** Whether the page's text is the metadata's number: {@code 01} and {@code 1} are the same. */
  private static boolean sameNumber(String pageValue, long metadataValue) {
    try {
      return new BigInteger(pageValue).equals(BigInteger.valueOf(metadataValue));
    } catch (NumberFormatException notANumber) {
      return false; // the validator says what is wrong with it
    }
  }

  private static boolean hasSentinel(Collection<String> members) {
    return members.stream().anyMatch(m -> m.equalsIgnoreCase(ValidatedEnum.SENTINEL));
  }

  /** The members after the sentinel that {@code other} has too, in order. */
  private static List<String> evolvable(List<String> members, Map<String, ?> other) {
    int sentinel = -1;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).equalsIgnoreCase(ValidatedEnum.SENTINEL)) {
        sentinel = i;
      }
    }
    return members.subList(sentinel + 1, sentinel < 0 ? 0 : members.size()).stream()
        .filter(other::containsKey)
        .toList();
  }

  /**
   * A page without values states none, but the metadata does: when it has every documented member,
   * its values are taken, and the Javadoc says so.
   */
  private DocumentedEnum withMetadataValues(
      DocumentedEnum documented, ServiceMetadata.EnumType type, List<Diagnostic> found) {
    MemberTable table = documented.documentation().table();
    if (table.hasValues()) {
      return documented;
    }
    Map<String, Long> service = new LinkedHashMap<>();
    type.members().forEach(m -> service.put(m.name(), m.value()));
    List<MemberTable.Row> rows = new ArrayList<>();
    for (MemberTable.Row row : table.rows()) {
      Long value = service.get(row.member());
      if (value == null) {
        return documented;
      }
      if (value != value.intValue()) {
        found.add(
            Message.METADATA_VALUE_OUT_OF_RANGE.onPage(
                documented.documentation().doc(),
                0,
                metadata.describeFiles(),
                row.member(),
                value));
        return documented;
      }
      rows.add(row.withValue(String.valueOf(value)));
    }
    return documented.withValuesFrom(table.withValues(rows), type.qualifiedName());
  }
}
