package io.github.graphenum.processor.pipeline;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.metadata.CsdlReader;
import io.github.graphenum.processor.metadata.MetadataFiles;
import io.github.graphenum.processor.render.json.JsonBinding;
import io.github.graphenum.processor.render.json.JsonBindings;
import io.github.graphenum.processor.spec.Options;
import io.github.graphenum.processor.validation.MetadataCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * What the whole build needs before its first spec: the options checked against the machine and the
 * class path, and the service metadata files, read once (their enum types are parsed as specs ask
 * for them). A problem here is a problem of the build, reported once, not once per spec.
 *
 * @param metadata the check against the service metadata, or {@code null} without metadata
 */
public record BuildSetup(@Nullable MetadataCheck metadata) {

  /**
   * Checks {@code options}: docs roots and translation roots are folders, the library of each JSON
   * binding switched on is on the class path, the metadata reads ({@code metadataRead} is handed
   * each metadata file and its bytes, for the record of build inputs).
   */
  public static Outcome<BuildSetup> check(
      Options options, Elements elements, BiConsumer<Path, byte[]> metadataRead) {
    List<Diagnostic> problems = new ArrayList<>(options.problems());
    for (Path root : options.docsRoots()) {
      whyNoFolder(root)
          .ifPresent(why -> problems.add(Message.DOCS_ROOT_NOT_A_FOLDER.at(root, why)));
    }
    options
        .translationRoots()
        .forEach(
            (tag, root) ->
                whyNoFolder(root)
                    .ifPresent(
                        why ->
                            problems.add(
                                Message.TRANSLATION_ROOT_NOT_A_FOLDER.at(tag, root, why))));
    for (JsonBinding binding : JsonBindings.enabledBy(options)) {
      if (elements.getTypeElement(binding.library().probeClass()) == null) {
        problems.add(binding.missingLibrary());
      }
    }
    MetadataCheck metadata = null;
    if (!options.metadataFiles().isEmpty()) {
      try {
        metadata =
            new MetadataCheck(
                MetadataFiles.open(options.metadataFiles(), metadataRead),
                options.strictMetadata());
      } catch (CsdlReader.InvalidMetadataException e) {
        problems.add(Message.METADATA_INVALID.at(e.getMessage()));
      }
    }
    return Outcome.of(new BuildSetup(metadata), problems);
  }

  /** Why {@code root} is no folder to read pages from, or empty when it is one. */
  private static Optional<String> whyNoFolder(Path root) {
    if (Files.isDirectory(root)) {
      return Optional.empty();
    }
    return Optional.of(Files.exists(root) ? "is not a folder" : "does not exist");
  }
}
