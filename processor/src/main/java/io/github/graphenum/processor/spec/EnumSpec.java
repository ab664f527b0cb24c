package io.github.graphenum.processor.spec;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * What one {@code @GraphEnum} asks for, read from the annotated spec interface.
 *
 * @param element the spec interface (or, for an enum of a {@code @GraphEnums} folder, the annotated
 *     interface or package); every diagnostic is reported on it
 * @param annotation the {@code @GraphEnum} mirror, so that diagnostics point at it
 * @param source where the members table comes from
 * @param name the Graph enum name asked for, or empty for the one the source names
 * @param fallbackName the name when neither the spec nor an inline table names the enum: the spec's
 *     simple name without a trailing {@code Spec}, first letter lower-cased
 * @param className the generated enum's simple name, or empty for the default
 * @param rename the raw {@code memberName=CONSTANT_NAME} entries
 * @param flags whether the enum is a flags enum
 * @param packageName the spec's package, where the enum is generated
 */
public record EnumSpec(
    Element element,
    AnnotationMirror annotation,
    Source source,
    String name,
    String fallbackName,
    String className,
    List<String> rename,
    boolean flags,
    String packageName) {

  /**
   * The spec of one enum of a {@code @GraphEnums} folder: its page, which no {@code doc} attribute
   * names, and its Graph name, with the default class name and no {@code rename} entries.
   *
   * @param element the annotated interface or package, where its diagnostics are reported
   * @param annotation the folder's annotation, so that diagnostics point at it
   * @param doc its page, relative to the docs root
   */
  public static EnumSpec ofFolderEnum(
      Element element,
      AnnotationMirror annotation,
      String doc,
      String name,
      boolean flags,
      String packageName) {
    return new EnumSpec(
        element, annotation, new DocPage(doc, null), name, name, "", List.of(), flags, packageName);
  }

  /**
   * Whether the spec can take {@code rename} entries: a {@code @GraphEnum} can; an enum of a
   * {@code @GraphEnums} folder, whose page no {@code doc} attribute names, cannot (messages say
   * what to do instead).
   */
  public boolean renamable() {
    return !(source instanceof DocPage page && page.value() == null);
  }

  /** Where a spec's members table comes from. */
  sealed interface Source permits DocPage, InlineText {}

  /**
   * A page under a docs root.
   *
   * @param doc the page, relative to a docs root
   * @param value the {@code doc} attribute, for diagnostics about the page's location
   */
  public record DocPage(String doc, @Nullable AnnotationValue value) implements Source {}

  /**
   * Markdown written in the spec's own source: the {@code table} attribute or the Javadoc.
   *
   * @param label the spec's source file name, naming the text in diagnostics
   * @param markdown the text, without the indentation its lines have in common
   * @param sourceLines the source line of each line of the text, in order; empty when unknown (then
   *     {@code label} names the text itself, such as {@code the table of ColorSpec}, not a file,
   *     and lines are counted from 1)
   * @param value the {@code table} attribute, or {@code null} for the Javadoc
   * @param specName the spec's qualified name, read on javac's thread: later stages run on workers,
   *     which must not call javac
   */
  public record InlineText(
      String label,
      String markdown,
      List<Integer> sourceLines,
      @Nullable AnnotationValue value,
      String specName)
      implements Source {

    /** The longest part of a line that a diagnostic quotes. */
    private static final int QUOTED_LENGTH = 80;

    public InlineText {
      sourceLines = List.copyOf(sourceLines);
    }

    /**
     * The source line of the text's line {@code line} (1-based); {@code line} itself when unknown.
     */
    public int sourceLine(int line) {
      if (sourceLines.isEmpty() || line < 1) {
        return line;
      }
      int last = sourceLines.size();
      return line <= last ? sourceLines.get(line - 1) : sourceLines.get(last - 1) + line - last;
    }

    /**
     * {@code diagnostic} with the line of this text it is about quoted, where the source lines are
     * unknown (kapt's stubs of Kotlin classes, javac wrapped by a build tool): {@code the table of
     * SizeSpec, line 5 (|large|zero|)}, so that the row is found without counting lines.
     */
    public Diagnostic quotingItsLine(Diagnostic diagnostic) {
      String[] lines = markdown.split("\n", -1);
      int line = diagnostic.line();
      if (!sourceLines.isEmpty()
          || !label.equals(diagnostic.page())
          || line <= 0
          || line > lines.length) {
        return diagnostic;
      }
      String text = lines[line - 1].strip();
      return diagnostic.aboutQuotedLine(
          text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) + "..." : text);
    }
  }
}
