package io.github.graphenum.processor.folder;

import com.palantir.javapoet.ClassName;
import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.inputs.BuildInputs;
import io.github.graphenum.processor.model.DocumentedEnums;
import io.github.graphenum.processor.naming.ClosestNames;
import io.github.graphenum.processor.pipeline.SpecPipeline;
import io.github.graphenum.processor.render.IndexRenderer;
import io.github.graphenum.processor.render.MemberRenderer;
import io.github.graphenum.processor.render.flags.FlagsSetRenderer;
import io.github.graphenum.processor.reporting.Reporter;
import io.github.graphenum.processor.spec.EnumSpec;
import io.github.graphenum.processor.spec.FolderSpec;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Generates every enum of a {@code @GraphEnums} folder: the folder is scanned ({@link FolderScan})
 * into one spec per enum, each spec goes through the {@link SpecPipeline} like a single
 * {@code @GraphEnum}, and the index ({@link IndexRenderer}) lists what was generated and what was
 * not.
 *
 * <p>One enum's error does not fail the build: it becomes a warning that says the enum is not
 * generated ({@link Diagnostic#skippedInFolder}), and the folder's other enums still generate.
 */
public final class FolderGenerator {
  private final SpecPipeline pipeline;
  private final IndexRenderer indexRenderer;
  private final Elements elements;
  private final Filer filer;
  private final Reporter reporter;
  private final BuildInputs inputs;

  public FolderGenerator(
      SpecPipeline pipeline,
      IndexRenderer indexRenderer,
      Elements elements,
      Filer filer,
      Reporter reporter,
      BuildInputs inputs) {
    this.pipeline = pipeline;
    this.indexRenderer = indexRenderer;
    this.elements = elements;
    this.filer = filer;
    this.reporter = reporter;
    this.inputs = inputs;
  }

  /** Generates the enums and the index of the folder that {@code element}'s annotation names. */
  public void generate(Element element) throws IOException {
    Outcome<FolderSpec> read = FolderSpec.read(element, elements);
    Outcome<Path> path = read.then(spec -> pipeline.locateFolder(spec.folder(), element));
    FolderSpec folder = read.value();
    Path directory = path.value();
    if (folder == null || directory == null) {
      reporter.report(element, null, path.diagnostics());
      return;
    }
    ClassName index = ClassName.get(folder.packageName(), folder.indexName());
    Element other = pipeline.claim(index.canonicalName(), element);
    if (other != null) {
      reporter.report(element, null, List.of(Message.INDEX_TAKEN.at(index.canonicalName(), other)));
      return;
    }
    FolderScan.Result scan =
        FolderScan.scan(
            directory, folder.folder(), folder.include(), folder.exclude(), pipeline::readAll);
    inputs.folderListed(element, directory, folder.include(), folder.exclude(), scan.pages());
    reporter.report(element, null, scan.warnings());
    if (scan.refused()) {
      return; // too many enums: the error is among the diagnostics just reported
    }
    reporter.report(element, null, unknownFlags(folder.flags(), scan));
    Map<String, String> skipped = new LinkedHashMap<>(scan.skipped());
    List<IndexRenderer.Entry> entries = new ArrayList<>();
    List<EnumSpec> specs = new ArrayList<>();
    pipeline.expectMetadataTypes(scan.chosen().stream().map(FolderScan.Chosen::name).toList());
    for (FolderScan.Chosen chosen : scan.chosen()) {
      boolean flags =
          folder.flags().contains(chosen.name())
              || pipeline.metadataSaysFlags(chosen.namespace(), chosen.name());
      String packageName = FolderSpec.packageFor(folder.packageName(), chosen.namespace());
      specs.add(
          EnumSpec.ofFolderEnum(
              element, folder.annotation(), chosen.doc(), chosen.name(), flags, packageName));
    }
    Diagnostic indexTaken = indexIsGeneratedClass(index, specs, scan.chosen());
    if (indexTaken != null) {
      reporter.report(element, null, List.of(indexTaken));
      return; // a mistake of the annotation's, as an invalid indexName: nothing of the folder is
      // written
    }
    try {
      pipeline.prepare(specs);
      for (int i = 0; i < specs.size(); i++) {
        generate(element, specs.get(i), scan.chosen().get(i), entries, skipped);
      }
    } finally {
      pipeline.forgetPrepared();
    }
    try {
      indexRenderer.render(index, folder.folder(), entries, skipped, element).writeTo(filer);
      inputs.generated(element, index.canonicalName());
    } catch (FilerException e) {
      reporter.report(
          element,
          null,
          List.of(
              Message.CANNOT_WRITE.at(
                  index.canonicalName(), Objects.requireNonNullElse(e.getMessage(), e))));
    }
  }

  /**
   * The error when the index would be a class that one of {@code specs} generates (the enum, a
   * flags enum's set type, or an evolvable enum's member type); otherwise {@code null}. The enums
   * of the folder take no other name: the index does.
   *
   * @param chosen what the scan chose for each spec, in the same order
   */
  private static @Nullable Diagnostic indexIsGeneratedClass(
      ClassName index, List<EnumSpec> specs, List<FolderScan.Chosen> chosen) {
    for (int i = 0; i < specs.size(); i++) {
      EnumSpec spec = specs.get(i);
      ClassName enumClass =
          ClassName.get(spec.packageName(), DocumentedEnums.defaultClassName(spec.name()));
      String doc = ((EnumSpec.DocPage) spec.source()).doc();
      if (enumClass.equals(index)) {
        return Message.INDEX_IS_GENERATED_CLASS.at(
            index.canonicalName(), "the enum " + spec.name(), doc);
      }
      if (spec.flags() && FlagsSetRenderer.setClass(enumClass).equals(index)) {
        return Message.INDEX_IS_GENERATED_CLASS.at(
            index.canonicalName(), "the set type of " + spec.name(), doc);
      }
      if (chosen.get(i).evolvable() && MemberRenderer.memberClass(enumClass).equals(index)) {
        return Message.INDEX_IS_GENERATED_CLASS.at(
            index.canonicalName(), "the member type of " + spec.name(), doc);
      }
    }
    return null;
  }

  /**
   * A warning for each name of {@code flags} that no page of the folder documents, with what it
   * most likely means: a typo there would silently give a plain enum instead of a flags enum.
   */
  private static List<Diagnostic> unknownFlags(List<String> flags, FolderScan.Result scan) {
    List<String> documented = new ArrayList<>();
    scan.chosen().forEach(chosen -> documented.add(chosen.name()));
    documented.addAll(scan.skipped().keySet());
    List<Diagnostic> warnings = new ArrayList<>();
    for (String name : flags) {
      if (!documented.contains(name)) {
        List<String> closest = ClosestNames.closest(name, documented);
        String hint =
            closest.isEmpty()
                ? ""
                : closest.get(0).equalsIgnoreCase(name)
                    ? "; it documents " + closest.get(0) + ", which differs only in case"
                    : "; the closest it documents: "
                        + String.join(", ", closest.subList(0, Math.min(3, closest.size())));
        warnings.add(Message.FOLDER_FLAGS_UNKNOWN.at(name, hint));
      }
    }
    return warnings;
  }

  /**
   * One enum of the folder: generated and entered in the index, or skipped with a warning; the
   * processor's own failure on it too, so that the folder's other enums still generate.
   */
  private void generate(
      Element element,
      EnumSpec spec,
      FolderScan.Chosen chosen,
      List<IndexRenderer.Entry> entries,
      Map<String, String> skipped) {
    Outcome<ValidatedEnum> outcome;
    try {
      outcome = pipeline.generate(spec);
    } catch (RuntimeException | StackOverflowError e) {
      outcome = Outcome.failed(Diagnostic.unexpected(chosen.doc(), e));
    }
    reporter.report(
        element,
        spec,
        outcome.diagnostics().stream().map(d -> d.skippedInFolder(chosen.name())).toList());
    ValidatedEnum model = outcome.value();
    if (model == null) {
      skipped.put(
          chosen.name(),
          outcome.diagnostics().stream()
              .filter(Diagnostic::isError)
              .findFirst()
              .orElseThrow()
              .render());
    } else {
      entries.add(
          new IndexRenderer.Entry(
              chosen.namespace(),
              chosen.name(),
              ClassName.get(spec.packageName(), model.identity().className()),
              model.deprecation() != null));
    }
  }
}
