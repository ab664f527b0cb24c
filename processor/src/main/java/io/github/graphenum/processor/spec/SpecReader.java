package io.github.graphenum.processor.spec;

import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code @GraphEnum} annotation into an {@link EnumSpec}, and decides where its members
 * table comes from: exactly one of {@code doc}, {@code table} and the spec's Javadoc.
 */
public final class SpecReader {
  public static final String ANNOTATION = "io.github.graphenum.GraphEnum";

  private final Elements elements;
  private final SourceLines lines;

  public SpecReader(Elements elements, SourceLines lines) {
    this.elements = elements;
    this.lines = lines;
  }

  public Outcome<EnumSpec> read(TypeElement spec) {
    AnnotationMirror mirror = mirrorOf(spec);
    Map<String, AnnotationValue> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    String doc = text(values, "doc").strip();
    AnnotationValue tableValue = values.get("table");
    String table = text(values, "table");
    int control = controlCharacterIndex(doc);
    if (control >= 0) {
      // A line break in a path would end it wherever paths are written one a line.
      return Outcome.failed(Message.DOC_CONTROL_CHARACTER.at((int) doc.charAt(control), control));
    }
    EnumSpec.Source source;
    if (!doc.isBlank() && !table.isBlank()) {
      return Outcome.failed(Message.SOURCE_BOTH.at());
    } else if (!doc.isBlank()) {
      source = new EnumSpec.DocPage(doc, values.get("doc"));
    } else if (tableValue != null && !table.isBlank()) {
      source =
          inline(
              spec,
              sourceFileName(spec),
              "the table of ",
              table,
              lines.textLinesOf(spec, mirror, tableValue),
              tableValue);
    } else {
      String javadoc = elements.getDocComment(spec);
      if (javadoc == null || !javadoc.contains("|")) {
        return Outcome.failed(Message.SOURCE_NONE.at());
      }
      String text = withoutBlockTags(javadoc);
      source =
          inline(
              spec,
              sourceFileName(spec),
              "the Javadoc of ",
              text,
              SourceLines.consecutive(lines.docCommentLineOf(spec), text),
              null);
    }
    List<String> rename = new ArrayList<>();
    AnnotationValue renames = values.get("rename");
    if (renames != null) {
      for (Object entry : (List<?>) renames.getValue()) {
        rename.add((String) ((AnnotationValue) entry).getValue());
      }
    }
    AnnotationValue flags = values.get("flags");
    return Outcome.ok(
        new EnumSpec(
            spec,
            mirror,
            source,
            text(values, "name").strip(),
            fallbackName(spec.getSimpleName().toString()),
            text(values, "className").strip(),
            List.copyOf(rename),
            flags != null && Boolean.TRUE.equals(flags.getValue()),
            elements.getPackageOf(spec).getQualifiedName().toString()));
  }

  /**
   * The spec's source file name, asked of javac's tree API only for markdown written in the spec.
   */
  private String sourceFileName(TypeElement spec) {
    return lines.fileNameOf(spec, spec.getSimpleName() + ".java");
  }

  /**
   * Markdown written in the spec, named by its source file and lines where the compiler tells them;
   * otherwise by what it is ({@code the table of ColorSpec}), its lines counted from 1 and quoted.
   */
  private static EnumSpec.InlineText inline(
      TypeElement spec,
      String file,
      String what,
      String markdown,
      List<Integer> sourceLines,
      @Nullable AnnotationValue value) {
    String specName = spec.getQualifiedName().toString();
    String text = withoutCommonIndentation(markdown);
    return !sourceLines.isEmpty()
        ? new EnumSpec.InlineText(file, text, sourceLines, value, specName)
        : new EnumSpec.InlineText(what + spec.getSimpleName(), text, List.of(), value, specName);
  }

  /**
   * {@code markdown} without the indentation its non-blank lines have in common, as a text block
   * loses it: rows indented as Java code indents them ({@code " | a | 0 |\n" + ...}) would
   * otherwise be a markdown code block, not a table. Unlike {@link String#stripIndent}, a last line
   * that is empty (the text ends with a line break) does not count: no closing {@code """} stands
   * there.
   */
  static String withoutCommonIndentation(String markdown) {
    List<String> lines = markdown.lines().toList();
    int common = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        common = Math.min(common, indentation(line));
      }
    }
    if (common == 0 || common == Integer.MAX_VALUE) {
      return markdown;
    }
    StringBuilder stripped = new StringBuilder(markdown.length());
    for (String line : lines) {
      stripped.append(line.isBlank() ? "" : line.substring(common)).append('\n');
    }
    return stripped.toString();
  }

  private static int indentation(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String text(Map<String, AnnotationValue> values, String attribute) {
    AnnotationValue value = values.get(attribute);
    return value == null ? "" : String.valueOf(value.getValue());
  }

  /**
   * The index of the first control character of {@code path} (C0, DEL, C1, or a line or paragraph
   * separator), or -1: a path holds none.
   */
  public static int controlCharacterIndex(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return -1;
  }

  /** {@code MeetingStatusSpec} gives {@code meetingStatus}. */
  private static String fallbackName(String specName) {
    String name =
        specName.endsWith("Spec") && specName.length() > 4
            ? specName.substring(0, specName.length() - 4)
            : specName;
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  /** The doc comment up to its first block tag ({@code @see}, {@code @since}...). */
  private static String withoutBlockTags(String javadoc) {
    StringBuilder kept = new StringBuilder();
    for (String line : javadoc.split("\n", -1)) {
      if (line.strip().startsWith("@")) {
        break;
      }
      kept.append(line).append('\n');
    }
    return kept.toString();
  }

  static AnnotationMirror mirrorOf(TypeElement spec) {
    for (AnnotationMirror mirror : spec.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(ANNOTATION)) {
        return mirror;
      }
    }
    throw new IllegalStateException(spec + " is not annotated with @GraphEnum");
  }
}
