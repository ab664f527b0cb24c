package io.github.graphenum.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The stages one spec goes through, in order: locate the page, read it, pick the enum, pair its
 * translations, check it against the metadata, validate, render, write. Each stage runs only when
 * the one before succeeded, and nothing is written for a spec with an error.
 *
 * <p>One pipeline serves a whole compilation: each page is read once however many specs name it
 * (a multi-enum page documents hundreds of enums), each localized page once per language, and two
 * specs that would write the same class are caught here. Without translation roots no localized
 * page is looked up or read.
 */
final class SpecPipeline {
  private final PageLocator locator;
  private final PageReader pageReader;
  private final SourceLines sourceLines;
  private final MetadataCheck metadata;
  private final EnumRenderer renderer;
  private final Filer filer;
  private final BuildInputs inputs;

  /** The localized docs roots, by language tag. */
  private final Map<String, Path> translationRoots;

  private final TranslationTally tally;

  /** Pages read in this compilation, by name and file. A {@link Page} is immutable: sharing is safe. */
  private final Map<List<Object>, Outcome<Page>> pagesRead = new HashMap<>();

  /** Localized pages read in this compilation, by file: each once, whatever languages share it. */
  private final Map<Path, Outcome<LocalizedPage>> localizedPagesRead = new HashMap<>();

  /** The spec that generated each class, by qualified name. */
  private final Map<String, Element> generatedBy = new HashMap<>();

  /**
   * @param metadata the check against the service metadata, or {@code null} without metadata
   * @param translationRoots the localized docs roots, by language tag; empty without translations
   * @param inputs told which pages and folders each spec reads, and what it generates
   */
  SpecPipeline(
      PageLocator locator,
      PageReader pageReader,
      SourceLines sourceLines,
      MetadataCheck metadata,
      Map<String, Path> translationRoots,
      EnumRenderer renderer,
      Filer filer,
      BuildInputs inputs) {
    this.locator = locator;
    this.pageReader = pageReader;
    this.sourceLines = sourceLines;
    this.metadata = metadata;
    this.renderer = renderer;
    this.filer = filer;
    this.inputs = inputs;
    this.translationRoots = Map.copyOf(translationRoots);
    this.tally = new TranslationTally(translationRoots);
  }

  /** Generates the enum of {@code spec}: every stage, then the write. */
  Outcome<ValidatedEnum> generate(EnumSpec spec) {
    return stages(spec).then(model -> write(spec, model));
  }

  /** Every stage before rendering: locate, read, pick, check against the metadata, validate. */
  Outcome<ValidatedEnum> stages(EnumSpec spec) {
    return page(spec)
        .then(page -> DocumentedEnums.select(spec, page))
        .then(documented -> translated(spec, documented))
        .then(documented -> metadata == null ? Outcome.ok(documented) : metadata.check(documented))
        .then(EnumValidator::validate);
  }

  /** Whether the service metadata marks an enum as flags; false without metadata. */
  boolean metadataSaysFlags(String namespace, String name) {
    return metadata != null && metadata.isFlags(namespace, name);
  }

  /** The folder of a {@code @GraphEnums}, under the docs roots or beside the annotated element. */
  Outcome<Path> locateFolder(String folder, Element element) {
    Outcome<Path> located = locator.locateFolder(folder, sourceLines.folderOf(element));
    if (!located.failed()) {
      inputs.folderLocated(element, folder, located.value());
    }
    return located;
  }

  /** The page {@code doc} at {@code file}, read once per compilation. */
  Outcome<Page> readOnce(String doc, Path file) {
    return pagesRead.computeIfAbsent(List.of(doc, file), key -> pageReader.read(doc, file));
  }

  /** The notes that close a compilation with translations: one per language, with its counts. */
  List<Diagnostic> translationSummary() {
    return translationRoots.isEmpty() ? List.of() : tally.summary();
  }

  /**
   * The enum with its members' translated descriptions, from the page of its {@code doc} under each
   * localized docs root. An enum whose page describes no member, or whose table is written in the
   * spec, has nothing to translate.
   */
  private Outcome<DocumentedEnum> translated(EnumSpec spec, DocumentedEnum documented) {
    if (translationRoots.isEmpty() || !(spec.source() instanceof EnumSpec.DocPage page) || !documented.hasMemberDescriptions()) {
      return Outcome.ok(documented);
    }
    List<Translation> translations = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String tag : translationRoots.keySet().stream().sorted().toList()) {
      Path root = translationRoots.get(tag);
      Optional<Path> file = new PageLocator(List.of(root)).find(page.doc());
      if (file.isEmpty()) {
        diagnostics.add(Message.TRANSLATION_PAGE_MISSING.onPage(documented.doc(), 0, tag, documented.graphName(), root.resolve(page.doc())));
        continue;
      }
      Outcome<LocalizedPage> read =
          localizedPagesRead.computeIfAbsent(file.get(), key -> pageReader.readLocalized(page.doc(), key));
      if (read.failed()) {
        String why = read.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow().text();
        diagnostics.add(Message.TRANSLATION_PAGE_UNREADABLE.onPage(documented.doc(), 0, tag, file.get(), why, documented.graphName()));
        continue;
      }
      Outcome<Translation> paired = Translations.pair(documented, tag, file.get().toString(), read.value());
      diagnostics.addAll(paired.diagnostics());
      if (!paired.value().descriptions().isEmpty()) {
        translations.add(paired.value());
      }
    }
    return Outcome.of(documented.withTranslations(translations), diagnostics);
  }

  /** The spec's page: a file under the docs roots, or markdown written in the spec. */
  private Outcome<Page> page(EnumSpec spec) {
    if (spec.source() instanceof EnumSpec.DocPage page) {
      return locator
          .locate(page.doc(), sourceLines.folderOf(spec.element()))
          .then(file -> {
            inputs.pageLocated(spec.element(), page.doc(), file);
            return readOnce(page.doc(), file);
          });
    }
    EnumSpec.InlineText text = (EnumSpec.InlineText) spec.source();
    return Outcome.ok(pageReader.parse(text.label(), text.markdown(), text.firstLine()));
  }

  /**
   * Claims the class {@code qualifiedName} for {@code element}: the element that claimed it before
   * in this compilation, or {@code null} when it is free. Two specs never write one class.
   */
  Element claim(String qualifiedName, Element element) {
    return generatedBy.putIfAbsent(qualifiedName, element);
  }

  /**
   * Renders and writes the enum (and a flags enum's set type); a problem that stops it (a class
   * taken) fails the outcome, and then nothing is written.
   */
  private Outcome<ValidatedEnum> write(EnumSpec spec, ValidatedEnum model) {
    List<JavaFile> files = renderer.render(model, spec.element());
    for (JavaFile file : files) {
      String qualifiedName = qualifiedName(file);
      if (spec.element() instanceof TypeElement type && type.getQualifiedName().contentEquals(qualifiedName)) {
        String what = file.typeSpec().kind() == TypeSpec.Kind.ENUM ? "enum" : "set type";
        return Outcome.failed(Message.CLASS_IS_SPEC.at(what, qualifiedName, type.getSimpleName() + "Spec"));
      }
      Element other = claim(qualifiedName, spec.element());
      if (other != null) {
        return Outcome.failed(Message.DUPLICATE_CLASS.at(qualifiedName, other));
      }
    }
    String writing = qualifiedName(files.get(0));
    try {
      for (JavaFile file : files) {
        writing = qualifiedName(file);
        file.writeTo(filer);
        inputs.generated(spec.element(), writing);
      }
      for (TranslationBundles.Bundle bundle : TranslationBundles.render(model)) {
        writing = bundle.fileName();
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, model.packageName(), bundle.fileName(), spec.element());
        try (Writer out = file.openWriter()) {
          out.write(bundle.text());
        }
      }
      tally.count(model);
    } catch (FilerException e) {
      // The name is taken: by the spec itself, or by a class of the user's.
      return Outcome.failed(Message.CANNOT_WRITE.at(writing, e.getMessage()));
    } catch (IOException e) {
      return Outcome.failed(Message.CANNOT_WRITE.at(writing, e.toString()));
    }
    return Outcome.ok(model);
  }

  private static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
  }
}
