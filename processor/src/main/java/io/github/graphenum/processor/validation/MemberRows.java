package io.github.graphenum.processor.validation;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.metadata.MetadataHints;
import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.page.MemberTable;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The validator's pass over the rows of a members table: each row's member name (an OData
 * identifier, not too long, not taken by an earlier row) and value (an int, not taken by an earlier
 * row), in one pass, so that the problems come in row order. What the service metadata documents
 * hints at the fix for the first rows refused.
 */
final class MemberRows {
  private final String doc;
  private final List<Diagnostic> problems;
  private final MetadataHints hints;

  /** Why the page may have changed a name: it is machine-translated. Empty when it is not. */
  private final String translatedHint;

  /** What the user can do about a page's mistake: the page is Microsoft's, the copy is theirs. */
  private final String fix;

  private final boolean fromPage;

  /** The rows refused so far, once per reason: only the first ones get hints. */
  private int refusals;

  private final Map<String, MemberTable.Row> byName = new HashMap<>();
  private final Map<Integer, MemberTable.Row> byValue = new HashMap<>();
  private final Map<MemberTable.Row, Integer> values = new HashMap<>();

  private MemberRows(DocumentedEnum documented, List<Diagnostic> problems) {
    DocumentedEnum.Documentation documentation = documented.documentation();
    this.doc = documentation.doc();
    this.problems = problems;
    this.hints =
        MetadataHints.of(
            documented.enrichments().metadata(),
            documentation.table().rows().stream().map(MemberTable.Row::member).toList());
    this.translatedHint =
        documentation.translation() != null
            ? "; the page is machine-translated, which may have changed it"
            : "";
    this.fromPage = documentation.origin().isPage();
    this.fix =
        fromPage
            ? "; correct your copy of the page, or write the table in the spec (table = ...)"
            : "";
  }

  /**
   * Checks every row of {@code documented}'s table, adding a problem to {@code problems} for each
   * name and value refused.
   */
  static MemberRows check(DocumentedEnum documented, List<Diagnostic> problems) {
    MemberRows rows = new MemberRows(documented, problems);
    MemberTable table = documented.documentation().table();
    for (MemberTable.Row row : table.rows()) {
      rows.checkName(row);
      if (table.hasValues()) {
        rows.checkValue(row);
      }
    }
    return rows;
  }

  /** The member names accepted, each once. */
  Set<String> names() {
    return byName.keySet();
  }

  /** Each row's value, for the rows whose value is an int (none when the table has no values). */
  Map<MemberTable.Row, Integer> values() {
    return values;
  }

  private void checkName(MemberTable.Row row) {
    String member = row.member();
    if (member.length() > EnumValidator.MAX_NAME_CHARS) {
      problems.add(
          Message.MEMBER_NAME_TOO_LONG.onPage(
              doc,
              row.line(),
              member.substring(0, 40),
              member.length(),
              EnumValidator.MAX_NAME_CHARS));
    } else if (!isGraphIdentifier(member)) {
      String hint = translatedHint + hinted().forInvalidName(member) + fix;
      problems.add(Message.INVALID_MEMBER_NAME.onPage(doc, row.line(), member, hint));
    } else if (byName.containsKey(member)) {
      String hint = hinted().forDuplicateMember(member) + fix;
      problems.add(
          Message.DUPLICATE_MEMBER.onPage(
              doc, row.line(), member, byName.get(member).line(), hint));
    } else {
      byName.put(member, row);
    }
  }

  private void checkValue(MemberTable.Row row) {
    Integer value = parseValue(row);
    if (value == null) {
      return;
    }
    MemberTable.Row earlier = byValue.putIfAbsent(value, row);
    if (earlier != null) {
      String hint = hinted().forDuplicateValue(row.member(), value) + fix;
      problems.add(
          Message.DUPLICATE_VALUE.onPage(
              doc, row.line(), value, row.member(), earlier.member(), earlier.line(), hint));
    }
    values.put(row, value);
  }

  /** The row's value, or {@code null} (with a problem) when it is no int. */
  private @Nullable Integer parseValue(MemberTable.Row row) {
    // A table with values gives every row one; none would read as an empty cell.
    String text = Objects.requireNonNullElse(row.value(), "");
    if (!MemberTable.isInteger(text)) {
      String hint = fromPage ? "; machine translation of the page may be the cause" : "";
      problems.add(Message.VALUE_NOT_INTEGER.onPage(doc, row.line(), text, row.member(), hint));
      return null;
    }
    BigInteger value = new BigInteger(text);
    if (value.bitLength() > 31) {
      problems.add(Message.VALUE_OUT_OF_RANGE.onPage(doc, row.line(), text, row.member()));
      return null;
    }
    return value.intValue();
  }

  /** The hints for this refusal of the table, or none past the first ones. */
  private MetadataHints hinted() {
    return refusals++ < MetadataHints.MAX_HINTS ? hints : MetadataHints.NONE;
  }

  /** Letters, digits and underscores, not starting with a digit (an OData simple identifier). */
  static boolean isGraphIdentifier(String name) {
    if (name.isEmpty() || Character.isDigit(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
  }
}
