package io.github.graphenum.processor.validation;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.metadata.ServiceMetadata;
import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.naming.ConstantNames;
import io.github.graphenum.processor.page.Deprecation;
import io.github.graphenum.processor.page.MemberTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validator's naming of constants: the spec's {@code rename} entries checked, then each member
 * named by them or by the rule ({@link ConstantNames}), a name taken by an earlier member made
 * distinct with a warning.
 */
final class ConstantNamer {
  private ConstantNamer() {}

  /**
   * The spec's renames, member name to constant name, in the order given; each entry refused adds a
   * problem to {@code problems}.
   *
   * @param members the table's member names
   */
  static Map<String, String> renames(
      DocumentedEnum documented, Set<String> members, List<Diagnostic> problems) {
    String graphName = documented.identity().graphName();
    String className = documented.identity().className();
    Map<String, String> renamed = new LinkedHashMap<>();
    Map<String, String> owners = new HashMap<>();
    for (String entry : documented.choices().rename()) {
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        problems.add(Message.INVALID_RENAME.at(entry));
        continue;
      }
      String member = entry.substring(0, equals).strip();
      String constant = entry.substring(equals + 1).strip();
      if (!members.contains(member)) {
        problems.add(Message.RENAME_UNKNOWN_MEMBER.at(member, graphName));
      } else if (!ConstantNames.isJavaName(constant)
          || constant.contains("$")
          || !ConstantNames.isAscii(constant)) {
        problems.add(Message.RENAME_NOT_IDENTIFIER.at(member, constant));
      } else if (EnumValidator.GENERATED_FIELDS.contains(constant) || constant.equals(className)) {
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

  /**
   * The constants, in table order: each member named by {@code renamed} or by the rule.
   *
   * @param values each row's value, when the table has values
   */
  static List<ValidatedEnum.Constant> constants(
      DocumentedEnum documented,
      Map<String, String> renamed,
      Map<MemberTable.Row, Integer> values,
      List<Diagnostic> problems) {
    String doc = documented.documentation().doc();
    MemberTable table = documented.documentation().table();
    boolean renamable = documented.choices().renamable();
    Map<String, String> taken = new HashMap<>(); // constant name -> member name
    for (Map.Entry<String, String> rename : renamed.entrySet()) {
      taken.put(rename.getValue(), rename.getKey());
    }
    if (isEvolvable(table)) {
      taken.put(EnumValidator.PREFER_HEADER_FIELD, "(the Prefer header's value)");
    }
    Map<String, Deprecation> deprecatedInMetadata = deprecatedMembers(documented);
    List<ValidatedEnum.Constant> constants = new ArrayList<>();
    for (MemberTable.Row row : table.rows()) {
      String name = renamed.get(row.member());
      if (name == null) {
        name = freeName(doc, row, taken, renamable, problems);
      }
      Deprecation deprecation =
          row.deprecation() != null ? row.deprecation() : deprecatedInMetadata.get(row.member());
      constants.add(
          new ValidatedEnum.Constant(
              name,
              row.member(),
              table.hasValues() ? valueOf(row, values) : 0,
              row.description(),
              deprecation));
    }
    return constants;
  }

  /**
   * The value of {@code row}, which every row has here: the constants are named only when no row
   * was refused, and a row whose value is no int is refused.
   */
  private static int valueOf(MemberTable.Row row, Map<MemberTable.Row, Integer> values) {
    Integer value = values.get(row);
    if (value == null) {
      throw new IllegalStateException("no value for the row at line " + row.line());
    }
    return value;
  }

  /**
   * The members the service metadata deprecates, by name; a page's own marker says more (its
   * sentence, in context), so a row's is taken first.
   */
  private static Map<String, Deprecation> deprecatedMembers(DocumentedEnum documented) {
    ServiceMetadata.EnumType type = documented.enrichments().metadata();
    Map<String, Deprecation> deprecated = new HashMap<>();
    if (type != null) {
      for (ServiceMetadata.Member member : type.members()) {
        Deprecation deprecation = member.deprecation();
        if (deprecation != null) {
          deprecated.put(member.name(), deprecation);
        }
      }
    }
    return deprecated;
  }

  /** Whether the table has the sentinel, as {@link ValidatedEnum#sentinel} finds it. */
  private static boolean isEvolvable(MemberTable table) {
    return table.rows().stream()
        .anyMatch(row -> row.member().equalsIgnoreCase(ValidatedEnum.SENTINEL));
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
    String earlier = taken.get(base);
    if (earlier != null) {
      problems.add(
          (renamable ? Message.CONSTANT_NAME_CLASH : Message.FOLDER_CONSTANT_NAME_CLASH)
              .onPage(
                  doc,
                  row.line(),
                  earlier,
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
