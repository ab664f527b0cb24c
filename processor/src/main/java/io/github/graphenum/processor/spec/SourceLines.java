package io.github.graphenum.processor.spec;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;

/**
 * Where things are in a spec's source file: the folder of the file (a docs root), through javac's
 * tree API or, where the compiler hides it, {@code Elements.getFileObjectOf}; and the lines of
 * tables written in the spec, through the tree API alone, so that a diagnostic about a table row
 * names the source line. What it cannot know it says: no folder (with the reason) and line 0. Nor
 * does it know a Kotlin class's: kapt hands processors a Java stub of it, whose folder and lines
 * are not the Kotlin file's.
 */
public final class SourceLines {
  /** The annotation the Kotlin compiler puts on every class it declares, kapt's stubs included. */
  private static final String KOTLIN_METADATA = "kotlin.Metadata";

  private final @Nullable Trees trees;
  private final Elements elements;
  private final String whyNoTrees;
  private final @Nullable MethodHandle getFileObjectOf;

  /**
   * @param trees javac's tree API, or {@code null} when the compiler has none
   * @param whyNoTrees why {@code trees} is {@code null}, for messages; empty otherwise
   */
  SourceLines(@Nullable Trees trees, Elements elements, String whyNoTrees) {
    this.trees = trees;
    this.elements = elements;
    this.whyNoTrees = whyNoTrees;
    this.getFileObjectOf = getFileObjectOf(elements);
  }

  /**
   * The source lines of the compilation: through javac's tree API where the compiler offers it (the
   * Eclipse compiler has none; build tools and IDEs that wrap javac's processing environment hide
   * javac's).
   */
  public static SourceLines of(ProcessingEnvironment processingEnv) {
    try {
      return new SourceLines(Trees.instance(processingEnv), processingEnv.getElementUtils(), "");
    } catch (RuntimeException | LinkageError notJavac) {
      return new SourceLines(null, processingEnv.getElementUtils(), whyNoTreeApi(processingEnv));
    }
  }

  /**
   * Why a processing environment has no javac tree API, in the words of the compiler that gave it.
   */
  static String whyNoTreeApi(ProcessingEnvironment processingEnv) {
    return processingEnv.getClass().getName().startsWith("org.eclipse.jdt.")
        ? "the Eclipse compiler (Eclipse, VS Code) tells processors where a source file is only"
            + " when it runs on JDK 18 or later"
        : "this compiler gives processors neither javac's tree API (Gradle's incremental processing"
            + " and IntelliJ IDEA wrap javac's processing environment) nor, before JDK 18,"
            + " Elements.getFileObjectOf";
  }

  /**
   * {@code Elements.getFileObjectOf(Element)}, added in Java 18, for a processor compiled for Java
   * 17: on the interface from JDK 18 on (javac's, even where its processing environment is
   * wrapped), else on the Eclipse compiler's class (whose method works from JDK 18 on, too); {@code
   * null} when neither has it. A method handle, not reflection: listing the methods of the Eclipse
   * compiler's class on JDK 17 fails on the types of newer JDKs that some of them name.
   */
  private static @Nullable MethodHandle getFileObjectOf(Elements elements) {
    MethodType type = MethodType.methodType(JavaFileObject.class, Element.class);
    for (Class<?> owner : new Class<?>[] {Elements.class, elements.getClass()}) {
      try {
        return MethodHandles.publicLookup().findVirtual(owner, "getFileObjectOf", type);
      } catch (ReflectiveOperationException | RuntimeException | LinkageError absent) {
        // the next owner, or none
      }
    }
    return null;
  }

  /**
   * The folder of a spec's source file, a docs root.
   *
   * @param path the folder, or {@code null} when unknown
   * @param whyUnknown why it is unknown, for messages; empty when it is known
   */
  public record SpecFolder(@Nullable Path path, String whyUnknown) {}

  /** The folder of {@code element}'s source file. */
  public SpecFolder folderOf(Element element) {
    if (isKotlin(element)) {
      return new SpecFolder(
          null,
          "it is declared in Kotlin, and kapt hands processors a Java stub of it, in a folder of"
              + " kapt's");
    }
    JavaFileObject source = sourceFileOf(element);
    if (source == null) {
      return new SpecFolder(
          null, trees == null ? whyNoTrees : "javac does not know its source file");
    }
    URI uri = source.toUri();
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
  public String fileNameOf(Element element, String fallback) {
    JavaFileObject source = sourceFileOf(element);
    if (source == null) {
      return fallback;
    }
    String name = source.getName();
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  /** {@code element}'s source file, or {@code null} when unknown. */
  private @Nullable JavaFileObject sourceFileOf(Element element) {
    CompilationUnitTree unit = unitOf(element);
    if (unit != null) {
      return unit.getSourceFile();
    }
    try {
      JavaFileObject file =
          getFileObjectOf == null
              ? null
              : (JavaFileObject) getFileObjectOf.invoke(elements, element);
      return file != null && file.getKind() == JavaFileObject.Kind.SOURCE ? file : null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable unknown) {
      // UnsupportedOperationException (the interface's default), NoSuchMethodError (the Eclipse
      // compiler's calls a method of JDK 18 on older JDKs), or what else a compiler may throw
      return null;
    }
  }

  /**
   * The source line of each line of the text of the annotation value {@code value}: a string
   * literal, a text block, or literals joined with {@code +} (the Java 8 way to write a table over
   * several lines, each row on a line of its own or not). Where the source does not spell the value
   * as literals (a constant named elsewhere), the lines that follow the expression's first; empty
   * when unknown.
   */
  List<Integer> textLinesOf(Element element, AnnotationMirror annotation, AnnotationValue value) {
    Trees trees = this.trees;
    try {
      if (trees == null || isKotlin(element)) {
        return List.of();
      }
      TreePath path = trees.getPath(element, annotation, value);
      if (path == null || !(value.getValue() instanceof String text)) {
        return List.of();
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      long start = trees.getSourcePositions().getStartPosition(unit, path.getLeaf());
      if (start < 0) {
        return List.of();
      }
      CharSequence source = unit.getSourceFile().getCharContent(true);
      List<Integer> lines =
          StringLiteralLines.of(
              source,
              (int) start,
              position -> (int) unit.getLineMap().getLineNumber(position),
              text);
      if (!lines.isEmpty()) {
        return lines;
      }
      int line = (int) unit.getLineMap().getLineNumber(start);
      boolean textBlock =
          start + 3 <= source.length()
              && "\"\"\"".contentEquals(source.subSequence((int) start, (int) start + 3));
      return consecutive(textBlock ? line + 1 : line, text);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * The source lines of {@code text} when its first line is {@code firstLine} (0: unknown, none).
   */
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
   * The source line of the first line of {@code element}'s doc comment text: the line of its {@code
   * /**}, or the next one when nothing follows {@code /**} there (javac's doc comment text then
   * starts on the next line); 0 when unknown.
   */
  int docCommentLineOf(Element element) {
    Trees trees = this.trees;
    try {
      if (trees == null || isKotlin(element)) {
        return 0;
      }
      TreePath path = trees.getPath(element);
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
  public boolean declaredInSource(String qualifiedName) {
    TypeElement type = elements.getTypeElement(qualifiedName);
    return type != null && unitOf(type) != null;
  }

  /**
   * Whether {@code element} is declared in Kotlin: its outermost class carries {@code
   * kotlin.Metadata}, as kapt's Java stubs of Kotlin classes do. Its source lines are the stub's,
   * which exist in no file the user edits.
   */
  static boolean isKotlin(Element element) {
    Element outermost = element;
    for (Element enclosing = element.getEnclosingElement();
        enclosing != null && (enclosing.getKind().isClass() || enclosing.getKind().isInterface());
        enclosing = enclosing.getEnclosingElement()) {
      outermost = enclosing;
    }
    for (AnnotationMirror annotation : outermost.getAnnotationMirrors()) {
      if (((TypeElement) annotation.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(KOTLIN_METADATA)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable CompilationUnitTree unitOf(Element element) {
    try {
      TreePath path = trees == null ? null : trees.getPath(element);
      return path == null ? null : path.getCompilationUnit();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
