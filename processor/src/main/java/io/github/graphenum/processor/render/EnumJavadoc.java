package io.github.graphenum.processor.render;

import com.palantir.javapoet.CodeBlock;
import io.github.graphenum.processor.render.flags.FlagsSetRenderer;
import io.github.graphenum.processor.render.source.JavaText;
import io.github.graphenum.processor.validation.EnumValidator;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.List;

/** The Javadoc of a generated enum and of its constants, as escaped HTML. */
final class EnumJavadoc {
  /** The value of the {@code Prefer} header that opts in to the members after the sentinel. */
  static final String PREFER_VALUE = "include-unknown-enum-members";

  /** The header, as a request sends it. */
  static final String PREFER_HEADER = "Prefer: " + PREFER_VALUE;

  /** The evolvable enum's constant that holds {@link #PREFER_VALUE}. */
  static final String PREFER_FIELD = EnumValidator.PREFER_HEADER_FIELD;

  private EnumJavadoc() {}

  /**
   * The enum's: description, Graph name, origin, what is special about it, the JSON bindings'
   * {@code paragraphs}, and its members.
   */
  static CodeBlock ofEnum(ValidatedEnum model, List<CodeBlock> paragraphs) {
    StringBuilder doc = new StringBuilder();
    if (!model.description().isEmpty()) {
      doc.append(JavaText.javadoc(model.description().html())).append("\n\n<p>");
    }
    doc.append("The Graph enum <code>")
        .append(JavaText.javadocText(model.identity().graphName()))
        .append("</code>");
    if (model.identity().namespace() != null) {
      doc.append(" of namespace <code>")
          .append(JavaText.javadocText(model.identity().namespace()))
          .append("</code>");
    }
    doc.append(",\ngenerated from ")
        .append(model.origin().what())
        .append(" <code>")
        .append(JavaText.javadocText(model.origin().name()))
        .append("</code>.");
    if (model.identity().namespace() == null) {
      doc.append(" No namespace is stated.");
    }
    if (model.valuesFrom() != null) {
      doc.append("\n\n<p>The table gives no values; these are the service metadata's, of <code>")
          .append(JavaText.javadocText(model.valuesFrom()))
          .append("</code>.");
    } else if (!model.hasValues()) {
      doc.append(
              "\n\n"
                  + "<p>The table gives no values, so this enum has none: the service's numbers"
                  + " are\n")
          .append("not guessed from the order of the table.");
    }
    ValidatedEnum.Constant sentinel = model.sentinel();
    if (sentinel != null) {
      doc.append("\n\n<p>This enum is evolvable: the service adds members after {@link #")
          .append(sentinel.name())
          .append("},\nand returns them only to clients that send <code>")
          .append(PREFER_HEADER)
          .append("</code>;\nother clients get the sentinel.\n")
          .append(
              "{@link #fromMemberNameOrUnknown} reads a member this enum does not know as the"
                  + " sentinel\n")
          .append("too, so that a client built today keeps working when the service adds members.")
          .append("\nDeclare a value that your code sends back as {@link ")
          .append(MemberRenderer.memberClass(model).simpleName())
          .append(
              "} instead,\nwhich keeps the name of such a member and writes it back as it came.");
    }
    if (model.flags()) {
      doc.append(
              "\n\n"
                  + "<p>This enum is a set of flags: a value of the service is a set of members,"
                  + " sent as\n")
          .append(
              "their names joined by commas, or as the bitwise OR of their values. Declare such a"
                  + " value as\n")
          .append("a {@link ")
          .append(FlagsSetRenderer.setClass(model).simpleName())
          .append("}, which reads and writes both ({@link #parseMemberNames}, {@link #fromMask}).");
    }
    CodeBlock.Builder javadoc = CodeBlock.builder().add("$L", doc);
    for (CodeBlock paragraph : paragraphs) {
      javadoc.add("\n\n<p>").add(paragraph);
    }
    return javadoc.add("\n\n$L", membersTable(model)).build();
  }

  private static String membersTable(ValidatedEnum model) {
    StringBuilder table =
        new StringBuilder("<table>\n<caption>Members</caption>\n<tr><th scope=\"col\">Member</th>");
    if (model.hasValues()) {
      table.append("<th scope=\"col\">Value</th>");
    }
    boolean described = model.constants().stream().anyMatch(c -> !c.description().isEmpty());
    if (described) {
      table.append("<th scope=\"col\">Description</th>");
    }
    table.append("</tr>\n");
    for (ValidatedEnum.Constant constant : model.constants()) {
      table
          .append("<tr><td>{@link #")
          .append(constant.name())
          .append(' ')
          .append(JavaText.javadocText(constant.memberName()))
          .append("}</td>");
      if (model.hasValues()) {
        table.append("<td>").append(constant.value()).append("</td>");
      }
      if (described) {
        table
            .append("<td>")
            .append(JavaText.javadoc(constant.description().html()))
            .append("</td>");
      }
      table.append("</tr>\n");
    }
    return table.append("</table>\n").toString();
  }

  /**
   * A constant's: its description, member name and value, and whether it is evolvable (comes after
   * the sentinel).
   */
  static String ofConstant(
      ValidatedEnum model, ValidatedEnum.Constant constant, boolean evolvable) {
    StringBuilder doc = new StringBuilder();
    if (!constant.description().isEmpty()) {
      doc.append(JavaText.javadoc(constant.description().html())).append("\n\n<p>");
    }
    doc.append("Member <code>")
        .append(JavaText.javadocText(constant.memberName()))
        .append("</code>");
    if (model.hasValues()) {
      doc.append(", value ").append(constant.value());
    }
    doc.append('.');
    ValidatedEnum.Constant sentinel = model.sentinel();
    if (evolvable && sentinel != null) {
      doc.append(
              "\n\n<p>Evolvable: the service returns this member only to clients that send\n<code>")
          .append(PREFER_HEADER)
          .append("</code>; to others it returns {@link #")
          .append(sentinel.name())
          .append("}.\nThe header's value is {@link #")
          .append(PREFER_FIELD)
          .append("}.");
    }
    return doc.append('\n').toString();
  }
}
