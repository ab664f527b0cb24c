package io.github.graphenum.processor.validation;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.metadata.ServiceMetadata;
import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.naming.ConstantNames;
import io.github.graphenum.processor.page.MemberTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@link DocumentedEnum} and names its constants: the "validate" stage. Every problem of
 * the table is reported, not just the first, so that one build shows the user all of them.
 *
 * <p>In phases: the class name; the enum's size and descriptions within the limits; each row's name
 * and value ({@link MemberRows}); a flags enum's values as bits; then the spec's renames and, when
 * nothing is wrong, the constants' names ({@link ConstantNamer}).
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
   * 61,801 (in English, 2,026); the pipeline ({@code GeneratedSourceBudget}) bounds the whole
   * compilation.
   */
  static final int MAX_DESCRIPTION_CHARS = 500_000;

  /**
   * The fields of a generated enum (the render stage's {@code EnumRenderer} and its helpers): a
   * constant may not take one of these names. {@code GeneratedLookupsTest} holds this list against
   * a generated enum.
   */
  public static final Set<String> GENERATED_FIELDS =
      Set.of(
          EnumValidator.PREFER_HEADER_FIELD,
          "memberName",
          "value",
          "description",
          "found",
          "byValue",
          "valueKeys",
          "byMemberName",
          "memberNames");

  /**
   * The constant of an evolvable enum that holds the {@code Prefer} header's value opting in to the
   * members after the sentinel; no member's constant takes its name.
   */
  public static final String PREFER_HEADER_FIELD = "PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS";

  private EnumValidator() {}

  public static Outcome<ValidatedEnum> validate(DocumentedEnum documented) {
    List<Diagnostic> problems = new ArrayList<>();
    checkClassName(documented.identity().className(), problems);
    checkLimits(documented, problems);
    MemberRows rows = MemberRows.check(documented, problems);
    if (documented.choices().flags()) {
      checkFlags(documented, rows.values(), problems);
    }
    Map<String, String> renamed = ConstantNamer.renames(documented, rows.names(), problems);
    List<ValidatedEnum.Constant> constants =
        problems.stream().anyMatch(Diagnostic::isError)
            ? List.of()
            : ConstantNamer.constants(documented, renamed, rows.values(), problems);
    return Outcome.of(validatedEnum(documented, constants), problems);
  }

  /** The generated enum's simple name must be a Java name, in ASCII. */
  private static void checkClassName(String className, List<Diagnostic> problems) {
    if (!ConstantNames.isJavaName(className)) {
      problems.add(Message.INVALID_CLASS_NAME.at(className));
    } else if (!ConstantNames.isAscii(className)) {
      problems.add(Message.CLASS_NAME_NOT_ASCII.at(className));
    }
  }

  /**
   * The enum within what a generated class can hold: at most {@link #MAX_CONSTANTS} constants, at
   * most {@link #MAX_DESCRIPTION_CHARS} of descriptions (an error on the row from which they hold
   * more, or on the table's header when the enum's own description does).
   */
  private static void checkLimits(DocumentedEnum documented, List<Diagnostic> problems) {
    String doc = documented.documentation().doc();
    String graphName = documented.identity().graphName();
    MemberTable table = documented.documentation().table();
    if (table.rows().size() > MAX_CONSTANTS) {
      problems.add(
          Message.ENUM_TOO_LARGE.onPage(
              doc, table.line(), graphName, table.rows().size(), MAX_CONSTANTS));
    }
    long chars = documented.documentation().description().html().length();
    int pastAt = chars > MAX_DESCRIPTION_CHARS ? table.line() : 0;
    for (MemberTable.Row row : table.rows()) {
      chars += row.description().html().length();
      if (pastAt == 0 && chars > MAX_DESCRIPTION_CHARS) {
        pastAt = row.line();
      }
    }
    if (pastAt > 0) {
      problems.add(
          Message.DESCRIPTIONS_TOO_LONG.onPage(
              doc, pastAt, graphName, chars, MAX_DESCRIPTION_CHARS));
    }
  }

  /**
   * A flags enum's values are bits: each one a single bit, 0 (the empty member), or a combination
   * of documented single bits (a named combination such as {@code all}).
   */
  private static void checkFlags(
      DocumentedEnum documented, Map<MemberTable.Row, Integer> values, List<Diagnostic> problems) {
    String doc = documented.documentation().doc();
    MemberTable table = documented.documentation().table();
    if (!table.hasValues()) {
      problems.add(
          Message.FLAGS_WITHOUT_VALUES.onPage(
              doc, table.line(), documented.identity().graphName(), valuesFix(documented)));
      return;
    }
    int bits = 0;
    for (int value : values.values()) {
      if (value > 0 && Integer.bitCount(value) == 1) {
        bits |= value;
      }
    }
    for (MemberTable.Row row : table.rows()) {
      Integer value = values.get(row);
      if (value == null) {
        continue; // not an integer: reported already
      }
      if (value < 0) {
        problems.add(Message.FLAGS_NEGATIVE.onPage(doc, row.line(), value, row.member()));
      } else if ((value & ~bits) != 0) {
        problems.add(
            Message.FLAGS_NOT_BITS.onPage(doc, row.line(), value, row.member(), value & ~bits));
      }
    }
  }

  /**
   * How a flags enum without values gets them: from the service metadata, or a table that has them.
   */
  private static String valuesFix(DocumentedEnum documented) {
    if (!documented.documentation().origin().isPage()) {
      return "; add a Value column to the table";
    }
    String otherwise =
        documented.choices().renamable()
            ? "write the table with values in the spec (table = ...)"
            : "leave the enum out of flags";
    if (documented.enrichments().metadata() != null) {
      return "; the service metadata lacks a member of the page or gives one a value no int holds,"
          + " so its values are not taken: "
          + otherwise;
    }
    return "; give -Agraphenum.metadata=<CSDL file>, whose values fill a table without them, or "
        + otherwise;
  }

  /** The enum ready to render: {@code documented}'s identity and text, with the constants named. */
  private static ValidatedEnum validatedEnum(
      DocumentedEnum documented, List<ValidatedEnum.Constant> constants) {
    DocumentedEnum.Documentation documentation = documented.documentation();
    ServiceMetadata.EnumType metadata = documented.enrichments().metadata();
    return new ValidatedEnum(
        documented.identity(),
        documentation.origin(),
        documentation.description(),
        documentation.table().hasValues(),
        documented.choices().flags(),
        documented.enrichments().valuesFrom(),
        constants,
        documented.enrichments().translations(),
        metadata == null ? null : metadata.deprecation());
  }
}
