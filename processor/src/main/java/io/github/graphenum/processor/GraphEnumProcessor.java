package io.github.graphenum.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * Generates a Java enum for every {@code @GraphEnum} spec. This class only wires the stages
 * together:
 *
 * <pre>
 * spec ({@link SpecReader}) → locate page ({@link PageLocator}) → read page ({@link PageReader})
 *   → enum model ({@link DocumentedEnums}) → validate ({@link EnumValidator})
 *   → render ({@link EnumRenderer}) → write (the {@code Filer})
 * </pre>
 *
 * <p>Each stage returns an {@link Outcome}; its diagnostics are reported on the spec, and nothing
 * is written for a spec with an error. A failure of the processor itself on one spec becomes an
 * error on that spec; the other specs still generate.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({
  SpecReader.ANNOTATION,
  "javax.annotation.processing.Generated",
  "javax.annotation.Generated"
})
@SupportedOptions(GraphEnumProcessor.DOCS_OPTION)
public final class GraphEnumProcessor extends AbstractProcessor {
  /** The processor option naming the docs roots, joined by the platform's path separator. */
  public static final String DOCS_OPTION = "graphenum.docs";

  private static final Set<Message> ABOUT_DOC_ATTRIBUTE =
      EnumSet.of(Message.DOC_NOT_FOUND, Message.DOC_OUTSIDE_ROOTS, Message.DOC_EMPTY);

  private SpecReader specReader;
  private PageLocator locator;
  private final PageReader pageReader;
  private EnumRenderer renderer;
  private Trees trees;
  /**
   * Pages read in this compilation, by name and file: a multi-enum page ({@code enums.md} documents
   * 231 enums) is read once, not once per spec. A {@link Page} is immutable, so sharing is safe.
   */
  private final Map<List<Object>, Outcome<Page>> pagesRead = new HashMap<>();

  /** The class each spec generates in this compilation, to catch two specs generating one class. */
  private final Map<String, TypeElement> generatedBy = new HashMap<>();

  /** Creates the processor; javac does, through the service loader. */
  public GraphEnumProcessor() {
    this(new PageReader());
  }

  /** A processor reading pages with {@code pageReader}; tests use it to make a stage fail. */
  GraphEnumProcessor(PageReader pageReader) {
    this.pageReader = pageReader;
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    Elements elements = processingEnv.getElementUtils();
    specReader = new SpecReader(elements);
    locator = PageLocator.fromOption(processingEnv.getOptions().get(DOCS_OPTION));
    renderer = new EnumRenderer(generatedAnnotation(elements));
    try {
      trees = Trees.instance(processingEnv);
    } catch (RuntimeException | LinkageError notJavac) {
      trees = null; // only the graphenum.docs roots are searched
    }
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(SpecReader.ANNOTATION);
    if (annotation == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      if (element instanceof TypeElement spec) {
        generate(spec);
      }
    }
    // Claimed, together with the @Generated this processor writes: left unclaimed, javac's
    // -Xlint:processing warns about it in the next round, and -Werror fails the user's build.
    return true;
  }

  private void generate(TypeElement element) {
    try {
      EnumSpec spec = specReader.read(element);
      Outcome<ValidatedEnum> outcome = stages(spec);
      outcome.diagnostics().forEach(d -> report(spec, d));
      if (!outcome.failed()) {
        write(spec, outcome.value());
      }
    } catch (RuntimeException | StackOverflowError | IOException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      String text = "[graphenum] " + Message.UNEXPECTED_FAILURE.at(trace).render();
      processingEnv.getMessager().printMessage(Kind.ERROR, text, element);
    }
  }

  /** Locate, read, model, validate: each stage runs only when the one before succeeded. */
  private Outcome<ValidatedEnum> stages(EnumSpec spec) {
    return locator
        .locate(spec.doc(), specFolder(spec.element()))
        .then(file -> readOnce(spec.doc(), file))
        .then(page -> DocumentedEnums.select(spec, page))
        .then(EnumValidator::validate);
  }

  private Outcome<Page> readOnce(String doc, Path file) {
    return pagesRead.computeIfAbsent(List.of(doc, file), key -> pageReader.read(doc, file));
  }

  private void write(EnumSpec spec, ValidatedEnum model) throws IOException {
    String qualifiedName =
        model.packageName().isEmpty() ? model.className() : model.packageName() + "." + model.className();
    TypeElement other = generatedBy.putIfAbsent(qualifiedName, spec.element());
    if (other != null) {
      report(spec, Message.DUPLICATE_CLASS.at(qualifiedName, other.getQualifiedName()));
      return;
    }
    try {
      renderer.render(model, spec.element()).writeTo(processingEnv.getFiler());
    } catch (FilerException e) {
      // The name is taken: by the spec itself, or by a class of the user's.
      report(spec, Message.CANNOT_WRITE.at(qualifiedName, e.getMessage()));
    }
  }

  private void report(EnumSpec spec, Diagnostic diagnostic) {
    String text = "[graphenum] " + diagnostic.render();
    if (ABOUT_DOC_ATTRIBUTE.contains(diagnostic.message()) && spec.docValue() != null) {
      processingEnv.getMessager()
          .printMessage(diagnostic.kind(), text, spec.element(), spec.annotation(), spec.docValue());
    } else {
      processingEnv.getMessager().printMessage(diagnostic.kind(), text, spec.element(), spec.annotation());
    }
  }

  /** The folder of the spec's source file, the last docs root; {@code null} when unknown. */
  private Path specFolder(TypeElement element) {
    if (trees == null) {
      return null;
    }
    try {
      TreePath path = trees.getPath(element);
      if (path == null) {
        return null;
      }
      URI uri = path.getCompilationUnit().getSourceFile().toUri();
      return "file".equals(uri.getScheme()) ? Path.of(uri).getParent() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The {@code @Generated} the compilation's target has: Java 9's, Java 8's, or none. */
  private static ClassName generatedAnnotation(Elements elements) {
    for (String name : new String[] {"javax.annotation.processing.Generated", "javax.annotation.Generated"}) {
      if (elements.getTypeElement(name) != null) {
        return ClassName.bestGuess(name);
      }
    }
    return null;
  }
}
