package io.github.graphenum.processor;

import com.google.auto.service.AutoService;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.folder.FolderGenerator;
import io.github.graphenum.processor.inputs.BuildInputs;
import io.github.graphenum.processor.locate.PageLocator;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.pipeline.BuildSetup;
import io.github.graphenum.processor.pipeline.GeneratedSourceBudget;
import io.github.graphenum.processor.pipeline.SpecPipeline;
import io.github.graphenum.processor.pipeline.StageWorkers;
import io.github.graphenum.processor.render.EnumRenderer;
import io.github.graphenum.processor.render.IndexRenderer;
import io.github.graphenum.processor.render.json.JsonBinding;
import io.github.graphenum.processor.render.json.JsonBindings;
import io.github.graphenum.processor.render.source.GeneratedAnnotation;
import io.github.graphenum.processor.reporting.Reporter;
import io.github.graphenum.processor.spec.EnumSpec;
import io.github.graphenum.processor.spec.FolderSpec;
import io.github.graphenum.processor.spec.Options;
import io.github.graphenum.processor.spec.SourceLines;
import io.github.graphenum.processor.spec.SpecReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Generates a Java enum for every {@code @GraphEnum} spec, and every enum of every
 * {@code @GraphEnums} folder. This class only wires the stages together (they are the packages
 * below this one; see its {@code package-info}): it reads each spec ({@link SpecReader}), hands it
 * to the {@link SpecPipeline}, and each folder to the {@link FolderGenerator}, and reports through
 * the {@link Reporter}. A failure of the processor itself on one spec becomes an error on that
 * spec; the other specs still generate.
 */
@AutoService(Processor.class)
public final class GraphEnumProcessor extends AbstractProcessor {
  private final PageReader pageReader;
  private Options options;
  private Reporter reporter;
  private SourceLines sourceLines;
  private SpecReader specReader;
  private GeneratedAnnotation generated;

  /**
   * The stages of every spec, made at the first round that has a spec ({@code null} before it);
   * failed when the setup is.
   */
  private @Nullable Outcome<Stages> stages;

  /** What generates the specs and folders of this compilation, made together once. */
  private record Stages(SpecPipeline pipeline, FolderGenerator folders, BuildInputs inputs) {}

  /** The threads of the stages before the write, stopped when processing is over. */
  private final StageWorkers workers;

  /** The most characters of generated source in one compilation. */
  private final long maxGeneratedChars;

  /** Creates the processor; javac does, through the service loader. */
  public GraphEnumProcessor() {
    this(new PageReader());
  }

  /** A processor reading pages with {@code pageReader}; tests use it to make a stage fail. */
  public GraphEnumProcessor(PageReader pageReader) {
    this(pageReader, StageWorkers.forThisMachine());
  }

  /** A processor with {@code workers}; tests use it to compare the output of any threads. */
  public GraphEnumProcessor(PageReader pageReader, StageWorkers workers) {
    this(pageReader, workers, GeneratedSourceBudget.MAX_CHARS);
  }

  /**
   * A processor whose compilation generates at most {@code maxGeneratedChars}; tests use it to
   * reach that limit cheaply.
   */
  public GraphEnumProcessor(PageReader pageReader, StageWorkers workers, long maxGeneratedChars) {
    this.pageReader = pageReader;
    this.workers = workers;
    this.maxGeneratedChars = maxGeneratedChars;
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    options = Options.read(processingEnv.getOptions(), JsonBindings.OPTION_KEYS);
    reporter = new Reporter(processingEnv.getMessager());
    sourceLines = SourceLines.of(processingEnv);
    specReader = new SpecReader(processingEnv.getElementUtils(), sourceLines);
    generated =
        GeneratedAnnotation.available(
            processingEnv.getElementUtils(), GraphEnumProcessor.class.getName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.keys(JsonBindings.OPTION_KEYS);
  }

  /**
   * {@code @GraphEnum}, {@code @GraphEnums}, and the annotations the generated code carries:
   * {@code @Generated}, and those of each JSON binding switched on ({@link
   * JsonBinding#annotations}). They are claimed so that javac's {@code -Xlint:processing} does not
   * warn, in the next round, that no processor claimed them, which fails a user's {@code -Xlint:all
   * -Werror} build.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types =
        new LinkedHashSet<>(
            List.of(
                SpecReader.ANNOTATION,
                FolderSpec.ANNOTATION,
                "javax.annotation.processing.Generated",
                "javax.annotation.Generated"));
    if (options != null) {
      JsonBindings.enabledBy(options).forEach(binding -> types.addAll(binding.annotations()));
    }
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  // Claims its annotations (returns true): the generated code's @Generated and JSON bindings'
  // annotations are claimed so that javac's -Xlint:processing finds no unclaimed annotation in the
  // next round, which would fail a user's -Werror build (see getSupportedAnnotationTypes).
  @SuppressWarnings("DoNotClaimAnnotations")
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      workers.close();
      Stages started = stages == null ? null : stages.value();
      if (started != null) {
        started.pipeline().translationSummary().forEach(reporter::reportForBuild);
      }
    }
    Set<? extends Element> specs = annotated(annotations, round, SpecReader.ANNOTATION);
    Set<? extends Element> folders = annotated(annotations, round, FolderSpec.ANNOTATION);
    if (specs.isEmpty() && folders.isEmpty()) {
      return true; // see getSupportedAnnotationTypes
    }
    if (stages == null) {
      stages = startStages();
      Element first = specs.isEmpty() ? folders.iterator().next() : specs.iterator().next();
      stages.diagnostics().forEach(problem -> reporter.reportForBuild(problem, first));
    }
    Stages started = stages.value();
    if (started == null) {
      return true; // the setup failed: its errors are reported once, above
    }
    SpecPipeline pipeline = started.pipeline();
    Map<Element, Outcome<EnumSpec>> read = new LinkedHashMap<>();
    for (Element element : specs) {
      try {
        read.put(element, specReader.read((TypeElement) element));
      } catch (RuntimeException | StackOverflowError e) {
        reporter.reportFailure(element, e);
      }
    }
    try {
      pipeline.prepare(
          read.values().stream().filter(spec -> !spec.failed()).map(Outcome::value).toList());
    } catch (RuntimeException e) {
      // Preparing ahead is only faster: each spec's generate below runs its stages itself, and
      // reports a failure of its own on its own element.
      pipeline.forgetPrepared();
    }
    read.forEach(
        (element, spec) -> {
          try {
            reporter.report(element, spec.value(), spec.then(pipeline::generate).diagnostics());
          } catch (RuntimeException | StackOverflowError e) {
            reporter.reportFailure(element, e);
          }
        });
    for (Element element : folders) {
      try {
        started.folders().generate(element);
      } catch (RuntimeException | StackOverflowError | IOException e) {
        reporter.reportFailure(element, e);
      }
    }
    started.inputs().write();
    reporter.endRound(concat(specs, folders));
    return true;
  }

  /**
   * The stages of this compilation, with the problems of its setup ({@link BuildSetup}: made once,
   * and only when there is a spec).
   */
  private Outcome<Stages> startStages() {
    Elements elements = processingEnv.getElementUtils();
    BuildInputs buildInputs =
        new BuildInputs(
            processingEnv.getFiler(),
            elements,
            sourceLines,
            reporter,
            options,
            processingEnv.getOptions());
    return BuildSetup.check(options, elements, buildInputs::fileRead)
        .then(
            setup -> {
              EnumRenderer renderer = new EnumRenderer(generated, JsonBindings.enabledBy(options));
              SpecPipeline pipeline =
                  new SpecPipeline(
                      new PageLocator(options.docsRoots()),
                      pageReader,
                      sourceLines,
                      setup.metadata(),
                      options.translationRoots(),
                      renderer,
                      processingEnv.getFiler(),
                      buildInputs,
                      workers,
                      maxGeneratedChars);
              FolderGenerator folders =
                  new FolderGenerator(
                      pipeline,
                      new IndexRenderer(generated),
                      elements,
                      processingEnv.getFiler(),
                      reporter,
                      buildInputs);
              return Outcome.ok(new Stages(pipeline, folders, buildInputs));
            });
  }

  private static List<Element> concat(
      Set<? extends Element> specs, Set<? extends Element> folders) {
    List<Element> both = new ArrayList<>(specs);
    both.addAll(folders);
    return both;
  }

  /**
   * The elements of this round annotated with {@code annotation}; none, without a search, when
   * javac says the round has no such annotation: the round of the generated sources has none, and a
   * search walks every member of every one of them. (Should another processor claim graphenum's
   * annotations, javac leaves them out of this set, and graphenum leaves them alone.)
   */
  private static Set<? extends Element> annotated(
      Set<? extends TypeElement> present, RoundEnvironment round, String annotation) {
    for (TypeElement type : present) {
      if (type.getQualifiedName().contentEquals(annotation)) {
        return round.getElementsAnnotatedWith(type);
      }
    }
    return Set.of();
  }
}
