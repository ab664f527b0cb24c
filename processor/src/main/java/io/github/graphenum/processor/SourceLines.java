package io.github.graphenum.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Where things are in a spec's source file, through javac's tree API: the folder of the file (a
 * docs root), and the lines of tables written in the spec, so that a diagnostic about a table row
 * names the source line. Without the tree API (a compiler other than javac, or javac wrapped by a
 * build tool or IDE) it knows nothing, and says so: no folder (with the reason) and line 0.
 */
final class SourceLines {
  private final Trees trees;
  private final Elements elements;

  /** @param trees javac's tree API, or {@code null} when the compiler has none */
  SourceLines(Trees trees, Elements elements) {
    this.trees = trees;
    this.elements = elements;
  }

  /**
   * The source lines of the compilation: through javac's tree API where the compiler offers it
   * (build tools and IDEs that wrap javac's processing environment do not).
   */
  static SourceLines of(ProcessingEnvironment processingEnv) {
    try {
      return new SourceLines(Trees.instance(processingEnv), processingEnv.getElementUtils());
    } catch (RuntimeException | LinkageError notJavac) {
      return new SourceLines(null, processingEnv.getElementUtils());
    }
  }

  /**
   * The folder of a spec's source file, a docs root.
   *
   * @param path the folder, or {@code null} when unknown
   * @param whyUnknown why it is unknown, for messages; empty when it is known
   */
  record SpecFolder(Path path, String whyUnknown) {}

  /** The folder of {@code element}'s source file. */
  SpecFolder folderOf(Element element) {
    if (trees == null) {
      return new SpecFolder(
          null, "this compiler does not give processors javac's tree API (Gradle and IDEs wrap javac's processing environment)");
    }
    CompilationUnitTree unit = unitOf(element);
    if (unit == null) {
      return new SpecFolder(null, "javac does not know its source file");
    }
    URI uri = unit.getSourceFile().toUri();
    if (!"file".equals(uri.getScheme())) {
      return new SpecFolder(null, "its source is not a file");
    }
    try {
      return new SpecFolder(Path.of(uri).getParent(), "");
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      return new SpecFolder(null, "its source's location, " + uri + ", is no path on this machine");
    }
  }

  /** The simple name of {@code element}'s source file, such as {@code ColorSpec.java}. */
  String fileNameOf(Element element, String fallback) {
    CompilationUnitTree unit = unitOf(element);
    if (unit == null) {
      return fallback;
    }
    String name = unit.getSourceFile().getName();
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  /**
   * The source line of each line of the text of the annotation value {@code value}: a string
   * literal, a text block, or literals joined with {@code +} (the Java 8 way to write a table over
   * several lines, each row on a line of its own or not). Where the source does not spell the value
   * as literals (a constant named elsewhere), the lines that follow the expression's first; empty
   * when unknown.
   */
  List<Integer> textLinesOf(Element element, AnnotationMirror annotation, AnnotationValue value) {
    try {
      TreePath path = trees == null ? null : trees.getPath(element, annotation, value);
      if (path == null || !(value.getValue() instanceof String text)) {
        return List.of();
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      long start = trees.getSourcePositions().getStartPosition(unit, path.getLeaf());
      if (start < 0) {
        return List.of();
      }
      CharSequence source = unit.getSourceFile().getCharContent(true);
      List<Integer> lines = StringLiteralLines.of(source, (int) start, position -> (int) unit.getLineMap().getLineNumber(position), text);
      if (!lines.isEmpty()) {
        return lines;
      }
      int line = (int) unit.getLineMap().getLineNumber(start);
      boolean textBlock = start + 3 <= source.length() && "\"\"\"".contentEquals(source.subSequence((int) start, (int) start + 3));
      return consecutive(textBlock ? line + 1 : line, text);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** The source lines of {@code text} when its first line is {@code firstLine} (0: unknown, none). */
  static List<Integer> consecutive(int firstLine, String text) {
    if (firstLine <= 0) {
      return List.of();
    }
    List<Integer> lines = new ArrayList<>();
    long count = text.lines().count();
    for (int i = 0; i < count; i++) {
      lines.add(firstLine + i);
    }
    return lines;
  }

  /**
   * The source line of the first line of {@code element}'s doc comment text: the line of its
   * {@code /**}, or the next one when nothing follows {@code /**} there (javac's doc comment text
   * then starts on the next line); 0 when unknown.
   */
  int docCommentLineOf(Element element) {
    try {
      TreePath path = trees == null ? null : trees.getPath(element);
      if (path == null) {
        return 0;
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      long start = trees.getSourcePositions().getStartPosition(unit, path.getLeaf());
      String text = unit.getSourceFile().getCharContent(true).toString();
      int comment = text.lastIndexOf("/**", (int) start);
      if (comment < 0) {
        return 0;
      }
      int line = (int) unit.getLineMap().getLineNumber(comment);
      int end = text.indexOf('\n', comment);
      boolean nothingAfter = end >= 0 && text.substring(comment + 3, end).isBlank();
      return nothingAfter ? line + 1 : line;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /**
   * Whether a source file of this compilation declares the type {@code qualifiedName} (a class of
   * the user's, which the {@code Filer} would refuse to write over); {@code false} when unknown.
   */
  boolean declaredInSource(String qualifiedName) {
    TypeElement type = elements.getTypeElement(qualifiedName);
    return type != null && unitOf(type) != null;
  }

  private CompilationUnitTree unitOf(Element element) {
    try {
      TreePath path = trees == null ? null : trees.getPath(element);
      return path == null ? null : path.getCompilationUnit();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
