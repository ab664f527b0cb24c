package io.github.graphenum.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.sun.source.util.Trees;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * Generates a Java enum for every {@code @GraphEnum} spec, and every enum of every
 * {@code @GraphEnums} folder. This class only wires the stages together:
 *
 * <pre>
 * spec ({@link SpecReader}) → locate page ({@link PageLocator}) → read page ({@link PageReader})
 *   → enum model ({@link DocumentedEnums}) → check against metadata ({@link MetadataCheck})
 *   → validate ({@link EnumValidator}) → render ({@link EnumRenderer}) → write (the {@code Filer})
 * </pre>
 *
 * <p>A folder ({@link FolderSpec}) is scanned ({@link FolderScan}) into one spec per enum, which
 * takes the same stages, and gets an index ({@link IndexRenderer}).
 *
 * <p>Each stage returns an {@link Outcome}; its diagnostics are reported on the spec, and nothing
 * is written for a spec with an error (in a folder, an enum's error is a warning and the enum is
 * skipped). A failure of the processor itself on one spec becomes an error on that spec; the other
 * specs still generate.
 */
@AutoService(Processor.class)
@SupportedOptions({
  GraphEnumProcessor.DOCS_OPTION,
  GraphEnumProcessor.JACKSON_OPTION,
  GraphEnumProcessor.METADATA_OPTION,
  GraphEnumProcessor.METADATA_STRICT_OPTION
})
public final class GraphEnumProcessor extends AbstractProcessor {
  /** The processor option naming the docs roots, joined by the platform's path separator. */
  public static final String DOCS_OPTION = "graphenum.docs";

  /** The processor option that, set to {@code true}, annotates every generated enum for Jackson. */
  public static final String JACKSON_OPTION = "graphenum.jackson";

  /** The processor option naming service metadata (CSDL) files, joined by the path separator. */
  public static final String METADATA_OPTION = "graphenum.metadata";

  /** The processor option that, set to {@code true}, makes differences from the metadata errors. */
  public static final String METADATA_STRICT_OPTION = "graphenum.metadata.strict";

  private static final String FOLDER_ANNOTATION = "io.github.graphenum.GraphEnums";

  private static final Set<Message> ABOUT_DOC_ATTRIBUTE =
      EnumSet.of(Message.DOC_NOT_FOUND, Message.DOC_OUTSIDE_ROOTS);

  private SpecReader specReader;
  private PageLocator locator;
  private final PageReader pageReader;
  private EnumRenderer renderer;
  private IndexRenderer indexRenderer;
  private SourceLines sourceLines;
  /** A problem with the options that stops every spec, reported once; {@code null} when none. */
  private String setupError;
  /** The check against the service metadata; {@code null} without metadata, or before it is read. */
  private MetadataCheck metadataCheck;
  private boolean metadataRead;
  /**
   * Pages read in this compilation, by name and file: a multi-enum page ({@code enums.md} documents
   * 231 enums) is read once, not once per spec. A {@link Page} is immutable, so sharing is safe.
   */
  private final Map<List<Object>, Outcome<Page>> pagesRead = new HashMap<>();

  /** The class each spec generates in this compilation, to catch two specs generating one class. */
  private final Map<String, Element> generatedBy = new HashMap<>();

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
    Trees trees;
    try {
      trees = Trees.instance(processingEnv);
    } catch (RuntimeException | LinkageError notJavac) {
      trees = null; // no spec folder as docs root, no source lines for inline tables
    }
    sourceLines = new SourceLines(trees);
    specReader = new SpecReader(elements, sourceLines);
    locator = PageLocator.fromOption(processingEnv.getOptions().get(DOCS_OPTION));
    boolean jackson = Boolean.parseBoolean(processingEnv.getOptions().get(JACKSON_OPTION));
    if (jackson && elements.getTypeElement("com.fasterxml.jackson.annotation.JsonCreator") == null) {
      setupError = Message.JACKSON_MISSING.at(JACKSON_OPTION).render();
    }
    renderer = new EnumRenderer(generatedAnnotation(elements), jackson);
    indexRenderer = new IndexRenderer(generatedAnnotation(elements));
  }

  /**
   * {@code @GraphEnum}, and the annotations the generated code carries: {@code @Generated}, and
   * Jackson's with {@code graphenum.jackson=true}. They are claimed so that javac's
   * {@code -Xlint:processing} does not warn, in the next round, that no processor claimed them,
   * which fails a user's {@code -Xlint:all -Werror} build.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types =
        new LinkedHashSet<>(
            List.of(SpecReader.ANNOTATION, FOLDER_ANNOTATION, "javax.annotation.processing.Generated", "javax.annotation.Generated"));
    if (processingEnv != null && Boolean.parseBoolean(processingEnv.getOptions().get(JACKSON_OPTION))) {
      types.addAll(EnumRenderer.JACKSON_ANNOTATIONS);
    }
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<? extends Element> specs = annotated(round, SpecReader.ANNOTATION);
    Set<? extends Element> folders = annotated(round, FOLDER_ANNOTATION);
    if (specs.isEmpty() && folders.isEmpty()) {
      return true; // see getSupportedAnnotationTypes
    }
    if (!metadataRead) {
      readMetadata(); // once per compilation, and only when there is a spec to check
    }
    if (setupError != null) {
      if (!setupError.isEmpty()) {
        processingEnv.getMessager().printMessage(Kind.ERROR, "[graphenum] " + setupError);
        setupError = ""; // reported: once is enough
      }
      return true;
    }
    for (Element element : specs) {
      if (element instanceof TypeElement spec) {
        generate(spec);
      }
    }
    for (Element element : folders) {
      generateFolder(element);
    }
    return true;
  }

  /** The processor's own failure on one spec: an error on that spec, with the stack trace. */
  private void reportFailure(Element element, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    processingEnv.getMessager().printMessage(Kind.ERROR, "[graphenum] " + Message.UNEXPECTED_FAILURE.at(trace).render(), element);
  }

  private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }

  /**
   * Every enum of a {@code @GraphEnums} folder, through the same stages as a single spec, and the
   * index. A problem with one enum is a warning: the folder's other enums still generate.
   */
  private void generateFolder(Element element) {
    try {
      FolderSpec folder = FolderSpec.read(element, processingEnv.getElementUtils());
      Outcome<Path> path = locator.locateFolder(folder.folder(), sourceLines.folderOf(element));
      if (path.failed()) {
        path.diagnostics().forEach(d -> report(element, null, d));
        return;
      }
      FolderScan.Result scan = FolderScan.scan(path.value(), folder.folder(), folder.include(), folder.exclude(), this::readOnce);
      scan.warnings().forEach(d -> report(element, null, d));
      if (scan.refused()) {
        return; // too many enums: the error is among the diagnostics just reported
      }
      Map<String, String> skipped = new LinkedHashMap<>(scan.skipped());
      List<IndexRenderer.Entry> entries = new ArrayList<>();
      for (FolderScan.Chosen chosen : scan.chosen()) {
        boolean flags =
            folder.flags().contains(chosen.name())
                || (metadataCheck != null && metadataCheck.isFlags(chosen.namespace(), chosen.name()));
        String packageName = FolderSpec.packageFor(folder.packageName(), chosen.namespace());
        EnumSpec spec =
            new EnumSpec(element, folder.annotation(), new EnumSpec.DocPage(chosen.doc(), null), chosen.name(), chosen.name(), "", List.of(), flags, packageName);
        Outcome<ValidatedEnum> outcome = stages(spec);
        Diagnostic problem = outcome.failed() ? null : write(spec, outcome.value());
        for (Diagnostic d : outcome.diagnostics()) {
          report(element, spec, d.isError() ? Message.FOLDER_SKIPPED.at(chosen.name(), d.render()) : d);
        }
        if (outcome.failed() || problem != null) {
          String reason = (problem != null ? problem : outcome.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow()).render();
          skipped.put(chosen.name(), reason);
          if (problem != null) {
            report(element, spec, Message.FOLDER_SKIPPED.at(chosen.name(), problem.render()));
          }
        } else {
          entries.add(new IndexRenderer.Entry(chosen.namespace(), chosen.name(), ClassName.get(packageName, outcome.value().className())));
        }
      }
      indexRenderer
          .render(ClassName.get(folder.packageName(), folder.indexName()), folder.folder(), entries, skipped, element)
          .writeTo(processingEnv.getFiler());
    } catch (RuntimeException | StackOverflowError | IOException e) {
      reportFailure(element, e);
    }
  }

  private void generate(TypeElement element) {
    try {
      Outcome<EnumSpec> spec = specReader.read(element);
      Outcome<ValidatedEnum> outcome = spec.then(this::stages);
      outcome.diagnostics().forEach(d -> report(element, spec.value(), d));
      if (!outcome.failed()) {
        Diagnostic problem = write(spec.value(), outcome.value());
        if (problem != null) {
          report(element, spec.value(), problem);
        }
      }
    } catch (RuntimeException | StackOverflowError | IOException e) {
      reportFailure(element, e);
    }
  }

  /**
   * Locate, read, model, check against the metadata, validate: each stage runs only when the one
   * before succeeded.
   */
  private Outcome<ValidatedEnum> stages(EnumSpec spec) {
    return page(spec)
        .then(page -> DocumentedEnums.select(spec, page))
        .then(documented -> metadataCheck == null ? Outcome.ok(documented) : metadataCheck.check(documented))
        .then(EnumValidator::validate);
  }

  private void readMetadata() {
    metadataRead = true;
    String option = processingEnv.getOptions().get(METADATA_OPTION);
    if (option == null || option.isBlank()) {
      return;
    }
    List<Path> files = new ArrayList<>();
    for (String part : option.split(File.pathSeparator)) {
      if (!part.isBlank()) {
        files.add(Path.of(part.strip()));
      }
    }
    try {
      ServiceMetadata metadata = CsdlReader.read(files);
      boolean strict = Boolean.parseBoolean(processingEnv.getOptions().get(METADATA_STRICT_OPTION));
      metadataCheck = new MetadataCheck(metadata, strict);
    } catch (CsdlReader.InvalidMetadataException e) {
      setupError = setupError != null ? setupError : Message.METADATA_INVALID.at(e.getMessage()).render();
    }
  }

  /** The spec's page: a file under the docs roots, or markdown written in the spec. */
  private Outcome<Page> page(EnumSpec spec) {
    if (spec.source() instanceof EnumSpec.DocPage page) {
      return locator
          .locate(page.doc(), sourceLines.folderOf(spec.element()))
          .then(file -> readOnce(page.doc(), file));
    }
    EnumSpec.InlineText text = (EnumSpec.InlineText) spec.source();
    return Outcome.ok(pageReader.parse(text.label(), text.markdown(), text.firstLine()));
  }

  private Outcome<Page> readOnce(String doc, Path file) {
    return pagesRead.computeIfAbsent(List.of(doc, file), key -> pageReader.read(doc, file));
  }

  /** Writes the enum; a problem that stops it (the class taken) is returned, not reported. */
  private Diagnostic write(EnumSpec spec, ValidatedEnum model) throws IOException {
    String qualifiedName =
        model.packageName().isEmpty() ? model.className() : model.packageName() + "." + model.className();
    Element other = generatedBy.putIfAbsent(qualifiedName, spec.element());
    if (other != null) {
      return Message.DUPLICATE_CLASS.at(qualifiedName, other);
    }
    try {
      renderer.render(model, spec.element()).writeTo(processingEnv.getFiler());
      return null;
    } catch (FilerException e) {
      // The name is taken: by the spec itself, or by a class of the user's.
      return Message.CANNOT_WRITE.at(qualifiedName, e.getMessage());
    }
  }

  /**
   * Reports on the spec's annotation; on its {@code doc} attribute when the page cannot be found,
   * on its {@code table} attribute when the table is written there.
   *
   * @param spec the spec as read, or {@code null} when it could not be read
   */
  private void report(Element element, EnumSpec spec, Diagnostic diagnostic) {
    String text = "[graphenum] " + diagnostic.render();
    AnnotationMirror annotation = spec != null ? spec.annotation() : annotationOf(element);
    AnnotationValue attribute = null;
    if (spec != null && spec.source() instanceof EnumSpec.DocPage page && ABOUT_DOC_ATTRIBUTE.contains(diagnostic.message())) {
      attribute = page.value();
    } else if (spec != null && spec.source() instanceof EnumSpec.InlineText table) {
      attribute = table.value();
    }
    if (attribute != null) {
      processingEnv.getMessager().printMessage(diagnostic.kind(), text, element, annotation, attribute);
    } else {
      processingEnv.getMessager().printMessage(diagnostic.kind(), text, element, annotation);
    }
  }

  private static AnnotationMirror annotationOf(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(SpecReader.ANNOTATION) || name.equals(FOLDER_ANNOTATION)) {
        return mirror;
      }
    }
    return null;
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
