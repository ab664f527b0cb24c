package io.github.graphenum.processor.metadata;

import io.github.graphenum.processor.naming.ClosestNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the service metadata says about the rows the validator refuses in one members table, so that
 * an error on a page (a typo such as {@code norma.}, a member listed twice, two members with one
 * value) shows the fix. Every hint is empty when the build has no metadata, or it has nothing to
 * add.
 *
 * <p>Made once per table: what the hints need of the metadata (each member's value, the members the
 * table lacks) is looked up once, so that a hint costs no scan of the table, and a table of many
 * refused rows costs time in proportion to its rows. Only a typo is looked for among the missing
 * members, once per row; so hints are given for the first {@link #MAX_HINTS} rows a table has
 * refused only (the validator counts them): a table with more is no case of a few typos, and a typo
 * search per row would cost the rows times the metadata's members.
 */
public final class MetadataHints {
  /**
   * The most refused rows of one table that get hints (a row refused for two reasons counts twice).
   */
  public static final int MAX_HINTS = 100;

  /** No hints: without metadata, or past {@link #MAX_HINTS}. */
  public static final MetadataHints NONE = new MetadataHints(Map.of(), List.of());

  /** Each metadata member's value, the first where a name is given twice. */
  private final Map<String, Long> values;

  /** The most missing members a hint lists: a metadata enum type may have thousands. */
  private static final int MAX_LISTED = 10;

  /** The metadata's members that the table lacks, in the metadata's order. */
  private final List<String> missing;

  /**
   * {@link #missing} as a hint lists them: at most {@link #MAX_LISTED}, with the count of the rest.
   */
  private final String missingListed;

  private MetadataHints(Map<String, Long> values, List<String> missing) {
    this.values = values;
    this.missing = missing;
    String listed = String.join(", ", missing.subList(0, Math.min(MAX_LISTED, missing.size())));
    this.missingListed =
        missing.size() > MAX_LISTED
            ? listed + " (and " + (missing.size() - MAX_LISTED) + " more)"
            : listed;
  }

  /**
   * The hints for a table of the metadata enum type {@code type}.
   *
   * @param type the metadata's enum type, or {@code null} when there is none
   * @param onPage the members the table lists, in any order, any number of times
   */
  public static MetadataHints of(
      ServiceMetadata.@Nullable EnumType type, Collection<String> onPage) {
    if (type == null) {
      return NONE;
    }
    Set<String> listed = new HashSet<>(onPage);
    Map<String, Long> values = new HashMap<>();
    for (ServiceMetadata.Member member : type.members()) {
      values.putIfAbsent(member.name(), member.value());
    }
    List<String> missing =
        type.members().stream()
            .map(ServiceMetadata.Member::name)
            .filter(m -> !listed.contains(m))
            .distinct()
            .toList();
    return new MetadataHints(values, missing);
  }

  /** For a name that is not a Graph identifier: the metadata's member it most likely means. */
  public String forInvalidName(String name) {
    List<String> typo = ClosestNames.typosOf(name, missing, 1);
    return typo.isEmpty() ? "" : "; the service metadata names this member " + typo.get(0);
  }

  /** For a member listed twice: its one value in the metadata, and the members the table lacks. */
  public String forDuplicateMember(String name) {
    StringBuilder hint = new StringBuilder();
    Long value = values.get(name);
    if (value != null) {
      hint.append("; the service metadata lists ")
          .append(name)
          .append(" once, with value ")
          .append(value);
    }
    if (!missing.isEmpty()) {
      hint.append("; it also has ").append(missingListed).append(", which this table lacks");
    }
    return hint.toString();
  }

  /** For a value given twice: the value the metadata gives the later member, when it differs. */
  public String forDuplicateValue(String name, int value) {
    Long expected = values.get(name);
    return expected == null || expected == value
        ? ""
        : "; the service metadata gives " + name + " the value " + expected;
  }
}
