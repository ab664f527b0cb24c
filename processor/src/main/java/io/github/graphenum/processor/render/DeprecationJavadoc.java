package io.github.graphenum.processor.render;

import io.github.graphenum.processor.page.Deprecation;
import io.github.graphenum.processor.render.source.JavaText;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code @deprecated} tag of a deprecated enum or constant: what the page or the service
 * metadata says of it, with a link (<code>{&#64;link}</code>) to each other member of the enum it
 * names (the replacement, most often), then the dates the metadata gives.
 *
 * <p>A member is taken as named where the text has it in a code span ({@code
 * `cloudPcUsageCategoryReport`}, as the docs write member names) or as a camel-case word ({@code
 * cloudPcUsageCategoryReport}); a word without a capital ({@code none}, {@code all}) is too often
 * plain English to be linked.
 */
final class DeprecationJavadoc {
  /**
   * A code span holding a name, an HTML tag (skipped), or a camel-case word; in this order, so that
   * a code span is taken whole and nothing inside a tag is linked.
   */
  private static final Pattern NAMES =
      Pattern.compile(
          "<code>([\\p{L}_][\\p{L}\\p{N}_]*)</code>|<[^>]*>|(?<![\\p{L}\\p{N}_&#])"
              + "(\\p{Ll}[\\p{L}\\p{N}_]*\\p{Lu}[\\p{L}\\p{N}_]*)(?![\\p{L}\\p{N}_])");

  private final Map<String, String> constantOf = new HashMap<>();

  /** The tags of {@code model}'s enum and constants. */
  DeprecationJavadoc(ValidatedEnum model) {
    for (ValidatedEnum.Constant constant : model.constants()) {
      constantOf.putIfAbsent(constant.memberName(), constant.name());
    }
  }

  /**
   * The tag, after a blank line: {@code @deprecated ...} and a line feed.
   *
   * @param self the constant the tag is for, not linked to itself; or {@code null} for the enum
   * @param otherwise what the tag says when the documentation gives no reason
   */
  String tag(Deprecation deprecation, ValidatedEnum.@Nullable Constant self, String otherwise) {
    StringBuilder tag = new StringBuilder("\n@deprecated ");
    if (deprecation.note().isEmpty()) {
      tag.append(JavaText.javadocText(otherwise));
    } else {
      tag.append(linked(deprecation.note().html(), self == null ? null : self.memberName()));
    }
    String date = deprecation.date();
    String removal = deprecation.removalDate();
    if (date != null || removal != null) {
      tag.append("\n    (service metadata: ");
      if (date != null) {
        tag.append("deprecated on ").append(JavaText.javadocText(date));
      }
      if (removal != null) {
        tag.append(date != null ? ", " : "")
            .append("planned for removal on ")
            .append(JavaText.javadocText(removal));
      }
      tag.append(")");
    }
    return tag.append('\n').toString();
  }

  /** {@code html} for Javadoc, each other member it names made a link to its constant. */
  private String linked(String html, @Nullable String selfName) {
    StringBuilder out = new StringBuilder();
    Matcher names = NAMES.matcher(html);
    int done = 0;
    while (names.find()) {
      String name = names.group(1) != null ? names.group(1) : names.group(2);
      String constant = name == null || name.equals(selfName) ? null : constantOf.get(name);
      if (constant != null) {
        out.append(JavaText.javadoc(html.substring(done, names.start())))
            .append("{@link #")
            .append(constant)
            .append(' ')
            .append(JavaText.javadocText(name))
            .append('}');
        done = names.end();
      }
    }
    return out.append(JavaText.javadoc(html.substring(done))).toString();
  }
}
