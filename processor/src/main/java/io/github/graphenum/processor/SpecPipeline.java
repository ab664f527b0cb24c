package io.github.graphenum.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The stages one spec goes through, in order: locate the page, read it, pick the enum, check it
 * against the metadata, validate, render, write. Each stage runs only when the one before
 * succeeded, and nothing is written for a spec with an error.
 *
 * <p>One pipeline serves a whole compilation: each page is read once however many specs name it
 * (a multi-enum page documents hundreds of enums), and two specs that would write the same class
 * are caught here.
 */
final class SpecPipeline {
  private final PageLocator locator;
  private final PageReader pageReader;
  private final SourceLines sourceLines;
  private final MetadataCheck metadata;
  private final EnumRenderer renderer;
  private final Filer filer;
  private final BuildInputs inputs;

  /** Pages read in this compilation, by name and file. A {@link Page} is immutable: sharing is safe. */
  private final Map<List<Object>, Outcome<Page>> pagesRead = new HashMap<>();

  /** The spec that generated each class, by qualified name. */
  private final Map<String, Element> generatedBy = new HashMap<>();

  /**
   * @param metadata the check against the service metadata, or {@code null} without metadata
   * @param inputs told which pages and folders each spec reads, and what it generates
   */
  SpecPipeline(PageLocator locator, PageReader pageReader, SourceLines sourceLines, MetadataCheck metadata, EnumRenderer renderer, Filer filer, BuildInputs inputs) {
    this.locator = locator;
    this.pageReader = pageReader;
    this.sourceLines = sourceLines;
    this.metadata = metadata;
    this.renderer = renderer;
    this.filer = filer;
    this.inputs = inputs;
  }

  /** Generates the enum of {@code spec}: every stage, then the write. */
  Outcome<ValidatedEnum> generate(EnumSpec spec) {
    return stages(spec).then(model -> write(spec, model));
  }

  /** Every stage before rendering: locate, read, pick, check against the metadata, validate. */
  Outcome<ValidatedEnum> stages(EnumSpec spec) {
    return page(spec)
        .then(page -> DocumentedEnums.select(spec, page))
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
    for (JavaFile file : files) {
      try {
        file.writeTo(filer);
        inputs.generated(spec.element(), qualifiedName(file));
      } catch (FilerException e) {
        // The name is taken: by the spec itself, or by a class of the user's.
        return Outcome.failed(Message.CANNOT_WRITE.at(qualifiedName(file), e.getMessage()));
      } catch (IOException e) {
        return Outcome.failed(Message.CANNOT_WRITE.at(qualifiedName(file), e.toString()));
      }
    }
    return Outcome.ok(model);
  }

  private static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
  }
}
