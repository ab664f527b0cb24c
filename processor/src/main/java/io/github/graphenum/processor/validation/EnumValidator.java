package io.github.graphenum.processor.validation;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.metadata.MetadataHints;
import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.naming.ConstantNames;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.pipeline.GeneratedSourceBudget;
import io.github.graphenum.processor.render.EnumRenderer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@link DocumentedEnum} and names its constants: the "validate" stage. Every problem of
 * the table is reported, not just the first, so that one build shows the user all of them.
 */
public final class EnumValidator {
  /** The longest member name accepted: a class file holds a name in at most 65,535 bytes. */
  public static final int MAX_NAME_CHARS = 1_000;

  /**
   * The most constants generated in one enum: javac's static initializer of an enum holds about 25
   * bytes of bytecode per constant, within the JVM's 64 KiB per method. Measured: javac compiles a
   * generated enum of 2,600 constants and fails on 2,800 ("code too large"); this keeps a margin.
   */
  public static final int MAX_CONSTANTS = 2_500;

  /**
   * The most characters the descriptions of one enum (its own and its members', as HTML) may hold.
   * The generated source holds each description twice as Javadoc, where a non-ASCII character is a
   * character reference of up to 8, and once as a string literal: up to 22 characters of source per
   * character of description, and a page of 4 MiB of CJK text generated 29 MB of Java. The corpus's
   * largest, beta {@code printerProcessingStateDetail} machine-translated into Portuguese, holds
   * 61,801 (in English, 2,026); {@link GeneratedSourceBudget} bounds the whole compilation.
   */
  static final int MAX_DESCRIPTION_CHARS = 500_000;

  /**
   * The fields of a generated enum ({@link EnumRenderer} and its helpers): a constant may not take
   * one of these names. {@code GeneratedLookupsTest} holds this list against a generated enum.
   */
  public static final Set<String> GENERATED_FIELDS =
      Set.of(
          "memberName",
          "value",
          "description",
          "found",
          "byValue",
          "valueKeys",
          "byMemberName",
          "memberNames");

  private EnumValidator() {}

  public static Outcome<ValidatedEnum> validate(DocumentedEnum documented) {
    String doc = documented.doc();
    List<Diagnostic> problems = new ArrayList<>();
    if (!ConstantNames.isJavaName(documented.className())) {
      problems.add(Message.INVALID_CLASS_NAME.at(documented.className()));
    } else if (!ConstantNames.isAscii(documented.className())) {
      problems.add(Message.CLASS_NAME_NOT_ASCII.at(documented.className()));
    }
    String translatedHint =
        documented.translation() != null
            ? "; the page is machine-translated, which may have changed it"
            : "";
    // What the user can do about a page's mistake: the page is Microsoft's, the copy is theirs.
    String fix =
        documented.origin().isPage()
            ? "; correct your copy of the page, or write the table in the spec (table = ...)"
            : "";
    MetadataHints hints =
        MetadataHints.of(
            documented.metadata(),
            documented.table().rows().stream().map(MemberTable.Row::member).toList());
    int refusals = 0; // the rows refused so far, once per reason: only the first ones get hints
    Map<String, MemberTable.Row> byName = new HashMap<>();
    Map<Integer, MemberTable.Row> byValue = new HashMap<>();
    Map<MemberTable.Row, Integer> values = new HashMap<>();
    boolean hasValues = documented.table().hasValues();
    if (documented.table().rows().size() > MAX_CONSTANTS) {
      problems.add(
          Message.ENUM_TOO_LARGE.onPage(
              doc,
              documented.table().line(),
              documented.graphName(),
              documented.table().rows().size(),
              MAX_CONSTANTS));
    }
    checkDescriptions(documented, problems);
    for (MemberTable.Row row : documented.table().rows()) {
      String member = row.member();
      if (member.length() > MAX_NAME_CHARS) {
        problems.add(
            Message.MEMBER_NAME_TOO_LONG.onPage(
                doc, row.line(), member.substring(0, 40), member.length(), MAX_NAME_CHARS));
      } else if (!isGraphIdentifier(member)) {
        String hint = translatedHint + hinted(hints, refusals++).forInvalidName(member) + fix;
        problems.add(Message.INVALID_MEMBER_NAME.onPage(doc, row.line(), member, hint));
      } else if (byName.containsKey(member)) {
        String hint = hinted(hints, refusals++).forDuplicateMember(member) + fix;
        problems.add(
            Message.DUPLICATE_MEMBER.onPage(
                doc, row.line(), member, byName.get(member).line(), hint));
      } else {
        byName.put(member, row);
      }
      if (hasValues) {
        Integer value = parseValue(doc, row, documented.origin().isPage(), problems);
        if (value != null) {
          MemberTable.Row earlier = byValue.putIfAbsent(value, row);
          if (earlier != null) {
            String hint = hinted(hints, refusals++).forDuplicateValue(member, value) + fix;
            problems.add(
                Message.DUPLICATE_VALUE.onPage(
                    doc, row.line(), value, member, earlier.member(), earlier.line(), hint));
          }
          values.put(row, value);
        }
      }
    }
    if (documented.flags()) {
      checkFlags(documented, values, problems);
    }
    Map<String, String> renamed = renames(documented, byName.keySet(), problems);
    List<ValidatedEnum.Constant> constants = new ArrayList<>();
    if (problems.stream().noneMatch(Diagnostic::isError)) {
      Map<String, String> taken = new HashMap<>(); // constant name -> member name
      for (Map.Entry<String, String> rename : renamed.entrySet()) {
        taken.put(rename.getValue(), rename.getKey());
      }
      for (MemberTable.Row row : documented.table().rows()) {
        String name = renamed.get(row.member());
        if (name == null) {
          name = freeName(doc, row, taken, documented.renamable(), problems);
        }
        constants.add(
            new ValidatedEnum.Constant(
                name, row.member(), hasValues ? values.get(row) : 0, row.description()));
      }
    }
    return Outcome.of(
        new ValidatedEnum(
            documented.packageName(),
            documented.className(),
            documented.graphName(),
            documented.namespace(),
            documented.origin(),
            documented.description(),
            hasValues,
            documented.flags(),
            documented.valuesFrom(),
            constants,
            documented.translations()),
        problems);
  }

  /**
   * How a flags enum without values gets them: from the service metadata, or a table that has them.
   */
  private static String valuesFix(DocumentedEnum documented) {
    if (!documented.origin().isPage()) {
      return "; add a Value column to the table";
    }
    if (documented.metadata() != null) {
      return "; the service metadata lacks a member of the page or gives one a value no int holds,"
          + " so its values are not taken: "
          + (documented.renamable()
              ? "write the table with values in the spec (table = ...)"
              : "leave the enum out of flags");
    }
    return "; give -Agraphenum.metadata=<CSDL file>, whose values fill a table without them, or "
        + (documented.renamable()
            ? "write the table with values in the spec (table = ...)"
            : "leave the enum out of flags");
  }

  /**
   * An error when the descriptions hold more than {@link #MAX_DESCRIPTION_CHARS}, on the row from
   * which they do (the table's header when the enum's own description does).
   */
  private static void checkDescriptions(DocumentedEnum documented, List<Diagnostic> problems) {
    long chars = documented.description().html().length();
    int pastAt = chars > MAX_DESCRIPTION_CHARS ? documented.table().line() : 0;
    for (MemberTable.Row row : documented.table().rows()) {
      chars += row.description().html().length();
      if (pastAt == 0 && chars > MAX_DESCRIPTION_CHARS) {
        pastAt = row.line();
      }
    }
    if (pastAt > 0) {
      problems.add(
          Message.DESCRIPTIONS_TOO_LONG.onPage(
              documented.doc(), pastAt, documented.graphName(), chars, MAX_DESCRIPTION_CHARS));
    }
  }

  /**
   * {@code hints} for the refusal {@code refusal} of the table (0 for the first), or none past the
   * first ones.
   */
  private static MetadataHints hinted(MetadataHints hints, int refusal) {
    return refusal < MetadataHints.MAX_HINTS ? hints : MetadataHints.NONE;
  }

  /**
   * A flags enum's values are bits: each one a single bit, 0 (the empty member), or a combination
   * of documented single bits (a named combination such as {@code all}).
   */
  private static void checkFlags(
      DocumentedEnum documented, Map<MemberTable.Row, Integer> values, List<Diagnostic> problems) {
    if (!documented.table().hasValues()) {
      problems.add(
          Message.FLAGS_WITHOUT_VALUES.onPage(
              documented.doc(),
              documented.table().line(),
              documented.graphName(),
              valuesFix(documented)));
      return;
    }
    int bits = 0;
    for (int value : values.values()) {
      if (value > 0 && Integer.bitCount(value) == 1) {
        bits |= value;
      }
    }
    for (MemberTable.Row row : documented.table().rows()) {
      Integer value = values.get(row);
      if (value == null) {
        continue; // not an integer: reported already
      }
      if (value < 0) {
        problems.add(
            Message.FLAGS_NEGATIVE.onPage(documented.doc(), row.line(), value, row.member()));
      } else if ((value & ~bits) != 0) {
        problems.add(
            Message.FLAGS_NOT_BITS.onPage(
                documented.doc(), row.line(), value, row.member(), value & ~bits));
      }
    }
  }

  /** Letters, digits and underscores, not starting with a digit (an OData simple identifier). */
  static boolean isGraphIdentifier(String name) {
    if (name.isEmpty() || Character.isDigit(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
  }

  private static Integer parseValue(
      String doc, MemberTable.Row row, boolean page, List<Diagnostic> problems) {
    String text = row.value();
    if (!MemberTable.isInteger(text)) {
      String hint = page ? "; machine translation of the page may be the cause" : "";
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

  /** The spec's renames, member name to constant name, in the order given. */
  private static Map<String, String> renames(
      DocumentedEnum documented, Set<String> members, List<Diagnostic> problems) {
    Map<String, String> renamed = new LinkedHashMap<>();
    Map<String, String> owners = new HashMap<>();
    for (String entry : documented.rename()) {
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        problems.add(Message.INVALID_RENAME.at(entry));
        continue;
      }
      String member = entry.substring(0, equals).strip();
      String constant = entry.substring(equals + 1).strip();
      if (!members.contains(member)) {
        problems.add(Message.RENAME_UNKNOWN_MEMBER.at(member, documented.graphName()));
      } else if (!ConstantNames.isJavaName(constant)
          || constant.contains("$")
          || !ConstantNames.isAscii(constant)) {
        problems.add(Message.RENAME_NOT_IDENTIFIER.at(member, constant));
      } else if (GENERATED_FIELDS.contains(constant) || constant.equals(documented.className())) {
        problems.add(Message.RENAME_RESERVED.at(member, constant));
      } else if (owners.containsKey(constant)) {
        problems.add(Message.RENAME_CLASH.at(owners.get(constant), member, constant));
      } else {
        owners.put(constant, member);
        renamed.put(member, constant);
      }
    }
    return renamed;
  }

  /** How to choose another constant name: a {@code rename} entry, on a spec that can take one. */
  private static String renameHint(boolean renamable, String member) {
    String entry = "rename = \"" + member + "=NAME\"";
    return renamable
        ? "add " + entry + " to choose another"
        : "to choose another, generate it with a @GraphEnum of its own, with "
            + entry
            + ", and exclude its page here";
  }

  /**
   * The rule's name for {@code row}, or, when an earlier member took it, the first free one of
   * {@code NAME_2}, {@code NAME_3}... with a warning: distinct and stable from build to build.
   */
  private static String freeName(
      String doc,
      MemberTable.Row row,
      Map<String, String> taken,
      boolean renamable,
      List<Diagnostic> problems) {
    String base = ConstantNames.of(row.member());
    if (!ConstantNames.isAscii(base)) {
      problems.add(
          Message.CONSTANT_NAME_NOT_ASCII.onPage(
              doc, row.line(), row.member(), base, row.member()));
    }
    String name = base;
    for (int suffix = 2; taken.containsKey(name); suffix++) {
      name = base + "_" + suffix;
    }
    if (!name.equals(base)) {
      problems.add(
          (renamable ? Message.CONSTANT_NAME_CLASH : Message.FOLDER_CONSTANT_NAME_CLASH)
              .onPage(
                  doc,
                  row.line(),
                  taken.get(base),
                  row.member(),
                  base,
                  row.member(),
                  name,
                  renameHint(renamable, row.member())));
    }
    taken.put(name, row.member());
    return name;
  }
}
