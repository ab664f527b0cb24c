package io.github.graphenum.processor.pipeline;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.inputs.BuildInputs;
import io.github.graphenum.processor.locate.PageFile;
import io.github.graphenum.processor.locate.PageLocator;
import io.github.graphenum.processor.model.DocumentedEnums;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.render.EnumRenderer;
import io.github.graphenum.processor.render.MemberRenderer;
import io.github.graphenum.processor.render.TranslationBundles;
import io.github.graphenum.processor.spec.EnumSpec;
import io.github.graphenum.processor.spec.SourceLines;
import io.github.graphenum.processor.validation.EnumValidator;
import io.github.graphenum.processor.validation.MetadataCheck;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * The stages one spec goes through, in order: locate the page, read it, pick the enum, pair its
 * translations, check it against the metadata, validate, render, write. Each stage runs only when
 * the one before succeeded, and nothing is written for a spec with an error.
 *
 * <p>One pipeline serves a whole compilation: each page is read once however many specs name it (a
 * multi-enum page documents hundreds of enums), each localized page once per language, and two
 * specs that would write the same class are caught here. Without translation roots no localized
 * page is looked up or read.
 *
 * <p>The stages up to rendering are pure functions of the spec, the pages and the options: given
 * many specs at once ({@link #prepare}), they run on the {@link StageWorkers}, and only the write,
 * which goes through javac's {@code Filer}, runs on javac's thread, spec after spec in the order
 * given. The output is the same as one spec at a time, byte for byte.
 */
public final class SpecPipeline {
  private final PageLocator locator;
  private final PageReader pageReader;
  private final SourceLines sourceLines;
  private final @Nullable MetadataCheck metadata;
  private final EnumRenderer renderer;
  private final Filer filer;
  private final BuildInputs inputs;

  private final TranslationLookup translations;
  private final TranslationTally tally;
  private final boolean translating;
  private final StageWorkers workers;

  /**
   * Pages read in this compilation, by name and file, from any worker. A {@link Page} is immutable:
   * sharing is safe.
   */
  private final ReadOnce<PageFile, Outcome<Page>> pages;

  /** The specs being prepared by {@link #prepare} and not yet generated. */
  private final IdentityHashMap<EnumSpec, StageWorkers.Pending<Prepared>> prepared =
      new IdentityHashMap<>();

  /**
   * One spec's stages before the write.
   *
   * @param page the page file located, or {@code null} (a table in the spec, or no page found)
   * @param localizedFiles the localized pages read, or looked for, for its translations
   * @param rendered the validated enum with its sources as text, or the problems that stopped it
   */
  private record Prepared(
      @Nullable Path page, List<Path> localizedFiles, Outcome<Rendered> rendered) {}

  /** A validated enum and the sources it renders to, in the order they are written. */
  private record Rendered(ValidatedEnum model, List<Source> sources) {}

  /**
   * One generated source.
   *
   * @param qualifiedName its top-level type
   * @param what what the type is, for messages: {@code enum}, {@code set type} or {@code member
   *     type}
   * @param text the source, as JavaPoet writes it
   */
  private record Source(String qualifiedName, String what, String text) {}

  /** The spec that generated each class, by qualified name. */
  private final Map<String, Element> generatedBy = new HashMap<>();

  /** The generated source this compilation may still hold. */
  private final GeneratedSourceBudget budget;

  /**
   * @param metadata the check against the service metadata, or {@code null} without metadata
   * @param translationRoots the localized docs roots, by language tag; empty without translations
   * @param inputs told which pages and folders each spec reads, and what it generates
   * @param workers the threads for the stages before the write
   * @param maxGeneratedChars the most characters of generated source the compilation may hold
   *     ({@link GeneratedSourceBudget#MAX_CHARS}, but in tests)
   */
  public SpecPipeline(
      PageLocator locator,
      PageReader pageReader,
      SourceLines sourceLines,
      @Nullable MetadataCheck metadata,
      Map<String, Path> translationRoots,
      EnumRenderer renderer,
      Filer filer,
      BuildInputs inputs,
      StageWorkers workers,
      long maxGeneratedChars) {
    this.locator = locator;
    this.pageReader = pageReader;
    this.sourceLines = sourceLines;
    this.metadata = metadata;
    this.renderer = renderer;
    this.filer = filer;
    this.inputs = inputs;
    this.workers = workers;
    this.budget = new GeneratedSourceBudget(maxGeneratedChars);
    this.translations = new TranslationLookup(translationRoots, pageReader, inputs::fileRead);
    this.tally = new TranslationTally(translationRoots);
    this.translating = !translationRoots.isEmpty();
    this.pages =
        new ReadOnce<>(
            page ->
                pageReader.read(
                    page.doc(), page.file(), bytes -> inputs.fileRead(page.file(), bytes)));
  }

  /**
   * Starts the stages before the write of every spec of {@code specs} on the workers, so that
   * {@link #generate} then waits for that spec alone and writes it while the workers go on. Only
   * what needs javac (the spec's folder) is done here, on javac's thread.
   */
  public void prepare(List<EnumSpec> specs) {
    // The metadata types of the specs that name their enum, read together as a worker first asks.
    expectMetadataTypes(
        specs.stream().map(EnumSpec::name).filter(name -> !name.isEmpty()).toList());
    // Once per element: a folder's specs share theirs, and the tree API is not free.
    IdentityHashMap<Element, SourceLines.SpecFolder> folders = new IdentityHashMap<>();
    List<Job> jobs =
        specs.stream()
            .map(
                spec ->
                    new Job(spec, folders.computeIfAbsent(spec.element(), sourceLines::folderOf)))
            .toList();
    List<StageWorkers.Pending<Prepared>> started =
        workers.start(jobs, job -> runStages(job.spec(), job.folder()));
    for (int i = 0; i < specs.size(); i++) {
      prepared.put(specs.get(i), started.get(i));
    }
  }

  /** Drops what {@link #prepare} started and no {@link #generate} took: it will not be written. */
  public void forgetPrepared() {
    prepared.clear();
  }

  /** A spec and its folder, found on javac's thread for a worker. */
  private record Job(EnumSpec spec, SourceLines.SpecFolder folder) {}

  /** Generates the enum of {@code spec}: every stage (prepared before, or now), then the write. */
  public Outcome<ValidatedEnum> generate(EnumSpec spec) {
    StageWorkers.Pending<Prepared> started = prepared.remove(spec);
    Prepared stages =
        started != null
            ? started.await().get()
            : runStages(spec, sourceLines.folderOf(spec.element()));
    Path page = stages.page();
    if (page != null) {
      inputs.pageLocated(spec.element(), ((EnumSpec.DocPage) spec.source()).doc(), page);
    }
    stages.localizedFiles().forEach(file -> inputs.localizedPageLooked(spec.element(), file));
    return stages.rendered().then(rendered -> write(spec, rendered));
  }

  /**
   * The stages before the write: locate and read the page (or the markdown written in the spec),
   * pick the enum, pair its translations, check it against the metadata, validate, render. Pure, so
   * that workers may run them.
   */
  private Prepared runStages(EnumSpec spec, SourceLines.SpecFolder folder) {
    if (spec.source() instanceof EnumSpec.DocPage page) {
      Outcome<Path> file = locator.locate(page.doc(), folder);
      List<Path> localized = new ArrayList<>();
      Outcome<Rendered> rendered =
          file.then(found -> readOnce(page.doc(), found))
              .then(read -> fromPage(spec, read, localized));
      return new Prepared(file.value(), localized, rendered);
    }
    EnumSpec.InlineText text = (EnumSpec.InlineText) spec.source();
    Outcome<Rendered> rendered =
        fromPage(
            spec,
            pageReader.parse(text.label(), text.markdown(), text::sourceLine),
            new ArrayList<>());
    return new Prepared(null, List.of(), rendered.changingDiagnostics(text::quotingItsLine));
  }

  /** The stages from a read page on; the localized files looked at go into {@code localized}. */
  private Outcome<Rendered> fromPage(EnumSpec spec, Page page, List<Path> localized) {
    return DocumentedEnums.select(spec, page)
        .then(
            documented -> {
              TranslationLookup.Found found = translations.translate(spec, documented);
              localized.addAll(found.filesRead());
              return found.documented();
            })
        .then(documented -> metadata == null ? Outcome.ok(documented) : metadata.check(documented))
        .then(EnumValidator::validate)
        .then(model -> Outcome.ok(render(spec, model)));
  }

  /** The model's sources, as text: JavaPoet's emission is the larger part of rendering. */
  private Rendered render(EnumSpec spec, ValidatedEnum model) {
    List<Source> sources = new ArrayList<>();
    ClassName member = MemberRenderer.memberClass(model);
    for (JavaFile file : renderer.render(model, spec.element())) {
      String what =
          file.typeSpec().kind() == TypeSpec.Kind.ENUM
              ? "enum"
              : file.typeSpec().name().equals(member.simpleName()) ? "member type" : "set type";
      sources.add(new Source(qualifiedName(file), what, file.toString()));
    }
    return new Rendered(model, sources);
  }

  /**
   * Enums of these Graph names will be checked against the service metadata: their types are read
   * together, with one reading of the metadata rather than one per name.
   */
  public void expectMetadataTypes(List<String> graphNames) {
    if (metadata != null) {
      metadata.expect(graphNames);
    }
  }

  /** Whether the service metadata marks an enum as flags; false without metadata. */
  public boolean metadataSaysFlags(@Nullable String namespace, String name) {
    return metadata != null && metadata.isFlags(namespace, name);
  }

  /** The folder of a {@code @GraphEnums}, under the docs roots or beside the annotated element. */
  public Outcome<Path> locateFolder(String folder, Element element) {
    Outcome<Path> located = locator.locateFolder(folder, sourceLines.folderOf(element));
    Path directory = located.value();
    if (directory != null) {
      inputs.folderLocated(element, folder, directory);
    }
    return located;
  }

  /**
   * The pages {@code files}, each read once per compilation, on the workers; in order. A page on
   * which the processor itself fails is that page's error, not the folder's.
   */
  public List<Outcome<Page>> readAll(List<PageFile> files) {
    List<StageWorkers.Result<Outcome<Page>>> read = workers.map(files, pages::get);
    List<Outcome<Page>> outcomes = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      StageWorkers.Result<Outcome<Page>> result = read.get(i);
      Throwable failure = result.failure();
      outcomes.add(
          failure == null
              ? result.get()
              : Outcome.failed(Diagnostic.unexpected(files.get(i).doc(), failure)));
    }
    return outcomes;
  }

  /** The page {@code doc} at {@code file}, read once per compilation. */
  Outcome<Page> readOnce(String doc, Path file) {
    return pages.get(new PageFile(doc, file));
  }

  /** The notes that close a compilation with translations: one per language, with its counts. */
  public List<Diagnostic> translationSummary() {
    return translating ? tally.summary() : List.of();
  }

  /**
   * Claims the class {@code qualifiedName} for {@code element}: the element that claimed it before
   * in this compilation, or {@code null} when it is free. Two specs never write one class.
   */
  public @Nullable Element claim(String qualifiedName, Element element) {
    return generatedBy.putIfAbsent(qualifiedName, element);
  }

  /**
   * Writes the enum's sources (and a flags enum's set type, an evolvable enum's member type), and
   * its translations; a problem that stops it (a class taken) fails the outcome, and then nothing
   * is written.
   */
  private Outcome<ValidatedEnum> write(EnumSpec spec, Rendered rendered) {
    ValidatedEnum model = rendered.model();
    long chars = rendered.sources().stream().mapToLong(source -> source.text().length()).sum();
    Optional<Diagnostic> tooLarge =
        budget.check(pageOf(spec), rendered.sources().get(0).qualifiedName(), chars);
    if (tooLarge.isPresent()) {
      return Outcome.failed(tooLarge.get());
    }
    for (int i = 0; i < rendered.sources().size(); i++) {
      Source source = rendered.sources().get(i);
      if (spec.element() instanceof TypeElement type
          && type.getQualifiedName().contentEquals(source.qualifiedName())) {
        return Outcome.failed(
            Message.CLASS_IS_SPEC.at(
                source.what(), source.qualifiedName(), type.getSimpleName() + "Spec"));
      }
      Element other = claim(source.qualifiedName(), spec.element());
      if (other != null) {
        return Outcome.failed(Message.DUPLICATE_CLASS.at(source.qualifiedName(), other));
      }
      // The Filer refuses a type that a source of this compilation declares; found before the
      // first file is written, so that nothing of the spec is (checked past the first source
      // only: the first one's refusal leaves nothing written anyway, and each check costs javac
      // a lookup in every module).
      if (i > 0 && sourceLines.declaredInSource(source.qualifiedName())) {
        return Outcome.failed(
            Message.CANNOT_WRITE.at(
                source.qualifiedName(), "a source of this compilation declares that class"));
      }
    }
    budget.take(chars);
    String writing = rendered.sources().get(0).qualifiedName();
    try {
      for (Source source : rendered.sources()) {
        writing = source.qualifiedName();
        // As JavaFile.writeTo(Filer) does, with the text rendered before, off javac's thread.
        JavaFileObject file = filer.createSourceFile(source.qualifiedName(), spec.element());
        try (Writer out = file.openWriter()) {
          out.write(source.text());
        }
        inputs.generated(spec.element(), source.qualifiedName());
      }
      for (TranslationBundles.Bundle bundle : TranslationBundles.render(model)) {
        writing = bundle.fileName();
        FileObject file =
            filer.createResource(
                StandardLocation.CLASS_OUTPUT,
                model.identity().packageName(),
                bundle.fileName(),
                spec.element());
        // Bytes, not a Writer: a Writer would encode in javac's -encoding (UTF-16 is not read
        // back).
        try (OutputStream out = file.openOutputStream()) {
          out.write(bundle.bytes());
        }
      }
      tally.count(model);
    } catch (FilerException e) {
      // The name is taken: by the spec itself, or by a class of the user's.
      return Outcome.failed(
          Message.CANNOT_WRITE.at(writing, Objects.requireNonNullElse(e.getMessage(), e)));
    } catch (IOException e) {
      return Outcome.failed(Message.CANNOT_WRITE.at(writing, e.toString()));
    }
    return Outcome.ok(model);
  }

  /**
   * The page of {@code spec} as diagnostics name it: the doc page, or the spec's file for a table
   * in the spec.
   */
  private static String pageOf(EnumSpec spec) {
    return spec.source() instanceof EnumSpec.DocPage page
        ? page.doc()
        : ((EnumSpec.InlineText) spec.source()).label();
  }

  private static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
  }
}
