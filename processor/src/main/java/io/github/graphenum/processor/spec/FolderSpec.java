package io.github.graphenum.processor.spec;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.naming.ConstantNames;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * What one {@code @GraphEnums} asks for.
 *
 * @param annotation the annotation's mirror
 * @param folder the folder, relative to a docs root
 * @param include the glob patterns of pages to read
 * @param exclude the glob patterns of pages to leave out
 * @param flags the Graph names of flags enums
 * @param indexName the index class's simple name
 * @param packageName the annotated element's package: the enums of {@code microsoft.graph} go here
 */
public record FolderSpec(
    AnnotationMirror annotation,
    String folder,
    List<String> include,
    List<String> exclude,
    List<String> flags,
    String indexName,
    String packageName) {

  public static final String ANNOTATION = "io.github.graphenum.GraphEnums";

  /**
   * Reads the annotation on {@code element}; an index name that names no class, or a pattern that
   * is no glob, is an error on the annotation.
   */
  public static Outcome<FolderSpec> read(Element element, Elements elements) {
    AnnotationMirror mirror = null;
    for (AnnotationMirror candidate : element.getAnnotationMirrors()) {
      if (((TypeElement) candidate.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(ANNOTATION)) {
        mirror = candidate;
      }
    }
    if (mirror == null) {
      throw new IllegalStateException(element + " is not annotated with @GraphEnums");
    }
    String folder = "";
    String indexName = "GraphEnumIndex";
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      Object value = e.getValue().getValue();
      switch (e.getKey().getSimpleName().toString()) {
        case "folder" -> folder = ((String) value).strip();
        case "indexName" -> indexName = ((String) value).strip();
        case "include" -> include = strings(value);
        case "exclude" -> exclude = strings(value);
        case "flags" -> flags = strings(value);
        default -> {
          // An attribute of a newer annotation jar: ignore it.
        }
      }
    }
    String packageName = elements.getPackageOf(element).getQualifiedName().toString();
    List<Diagnostic> problems = new ArrayList<>();
    int control = SpecReader.controlCharacterIndex(folder);
    if (control >= 0) {
      problems.add(Message.FOLDER_CONTROL_CHARACTER.at((int) folder.charAt(control), control));
    }
    if (!ConstantNames.isJavaName(indexName) || !ConstantNames.isAscii(indexName)) {
      problems.add(Message.INVALID_INDEX_NAME.at(indexName));
    }
    for (String glob : concat(include, exclude)) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (PatternSyntaxException e) {
        problems.add(Message.INVALID_GLOB.at(glob, e.getDescription()));
      }
    }
    return Outcome.of(
        new FolderSpec(mirror, folder, include, exclude, flags, indexName, packageName), problems);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  /**
   * The package of an enum of {@code namespace}: the base package for {@code microsoft.graph} (or
   * no namespace), and each namespace below it as a subpackage ({@code microsoft.graph.callRecords}
   * gives {@code .callrecords}), so that enums of different namespaces never collide.
   */
  public static String packageFor(String base, @Nullable String namespace) {
    if (namespace == null) {
      return base;
    }
    String lower = namespace.toLowerCase(Locale.ROOT);
    if (lower.equals("microsoft.graph")) {
      return base;
    }
    String below =
        lower.startsWith("microsoft.graph.")
            ? namespace.substring("microsoft.graph.".length())
            : namespace;
    StringBuilder pkg = new StringBuilder(base);
    for (String segment : below.split("\\.", -1)) {
      String name = segment.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
      if (name.isEmpty() || !SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
        name = "_" + name;
      }
      pkg.append(pkg.length() == 0 ? "" : ".").append(name);
    }
    return pkg.toString();
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    for (Object entry : (List<?>) value) {
      strings.add((String) ((AnnotationValue) entry).getValue());
    }
    return List.copyOf(strings);
  }
}
