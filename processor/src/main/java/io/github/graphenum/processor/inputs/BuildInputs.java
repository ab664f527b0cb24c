package io.github.graphenum.processor.inputs;

import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.locate.FolderPages;
import io.github.graphenum.processor.reporting.Reporter;
import io.github.graphenum.processor.spec.Options;
import io.github.graphenum.processor.spec.SourceLines;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * Collects, while the specs are generated, what each one reads (its page, the places the page was
 * looked for first, its folder), and writes it as an {@link InputsRecord} in the folder beside the
 * class output ({@link InputsRecord#directoryFor}), for graphenum-maven-plugin's {@code refresh}
 * goal; only with {@code -Agraphenum.refresh=true}.
 *
 * <p>Records are written as files of their own, not through the {@link Filer}: the Filer writes
 * only in the class and source outputs, and a record there would ship in the user's jar (and in a
 * jar unpacked into another project's class output, be taken for one of its own). The class output
 * is asked of the Filer; each record is written whole to a temporary file, then moved in place, so
 * that a build stopped midway leaves no half record. Nothing of Gradle's incremental processing
 * depends on them: Gradle tracks the docs folder itself, and never passes {@code
 * graphenum.refresh}.
 *
 * <p>A page is hashed once per compilation, however many specs read it, and from the bytes it was
 * read from, as the service metadata: a file saved again while javac runs is recorded as the enum
 * was made from it.
 */
public final class BuildInputs {
  /**
   * Whether records are written ({@code -Agraphenum.refresh=true}); otherwise every call does
   * nothing.
   */
  private final boolean enabled;

  private final Filer filer;
  private final Elements elements;
  private final SourceLines sourceLines;
  private final Reporter reporter;
  private final List<Path> docsRoots;
  private final List<Path> metadataFiles;
  private final Map<String, String> options;

  /** What each spec of this round read, in the order the specs came. */
  private final Map<Element, SpecInputs> specs = new LinkedHashMap<>();

  /** Hashes of pages this compilation did not read, by absolute file: each is computed once. */
  private final Map<Path, String> unreadPageHashes = new HashMap<>();

  /**
   * Content hashes of the bytes pages and metadata were read from, by absolute file; written by the
   * threads that read them. A file saved again during the build is recorded as it was read, so that
   * the next build sees the change.
   */
  private final Map<Path, String> readHashes = new ConcurrentHashMap<>();

  /**
   * One spec's inputs: file to kind, its folder's pages, and the qualified names of the types
   * generated from it.
   */
  private record SpecInputs(
      Map<Path, InputsRecord.Kind> files, Map<Path, FolderListed> folders, Set<String> generated) {}

  /** A folder's pages, as its scan listed them with its globs. */
  private record FolderListed(List<String> include, List<String> exclude, List<Path> pages) {}

  /** The class output directory, once asked of the Filer; {@code null} until then. */
  private @Nullable Path classOutput;

  /**
   * @param reporter where a record that cannot be written is reported
   * @param read the options, read: the docs roots and the metadata files
   * @param options the processor's {@code -A} options, as javac got them, for their hash
   */
  public BuildInputs(
      Filer filer,
      Elements elements,
      SourceLines sourceLines,
      Reporter reporter,
      Options read,
      Map<String, String> options) {
    this.enabled = read.refresh();
    this.filer = filer;
    this.elements = elements;
    this.sourceLines = sourceLines;
    this.reporter = reporter;
    this.docsRoots = read.docsRoots();
    this.metadataFiles =
        read.metadataFiles().stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.options = new HashMap<>(options); // a bare -Akey has a null value: no Map.copyOf
  }

  /**
   * The spec's page {@code doc} was found at {@code file}. The places where the same {@code doc}
   * would be under the other docs roots, and is not, are recorded too: a page that appears there
   * may be the one read next time. A page inside the spec's own recorded folder is covered by the
   * folder's hash.
   */
  public void pageLocated(Element spec, String doc, Path file) {
    if (!enabled) {
      return;
    }
    SpecInputs inputs = inputsOf(spec);
    boolean inFolder =
        inputs.files().entrySet().stream()
            .anyMatch(e -> e.getValue() == InputsRecord.Kind.FOLDER && file.startsWith(e.getKey()));
    if (!inFolder) {
      recordAbsentCandidates(spec, doc, inputs);
      inputs.files().put(file, InputsRecord.Kind.PAGE);
    }
  }

  /**
   * A localized page of the spec's translations was read at {@code file}, or looked for there and
   * not found: an edited, added or removed translation changes the generated bundles.
   */
  public void localizedPageLooked(Element spec, Path file) {
    if (!enabled) {
      return;
    }
    // Read means there, even if the file is gone by now: its removal is then a change next time.
    boolean read = readHashes.containsKey(file.toAbsolutePath().normalize());
    inputsOf(spec)
        .files()
        .putIfAbsent(
            file,
            read || Files.isRegularFile(file) ? InputsRecord.Kind.PAGE : InputsRecord.Kind.ABSENT);
  }

  /** The spec's {@code @GraphEnums} folder {@code folder} was found at {@code directory}. */
  public void folderLocated(Element spec, String folder, Path directory) {
    if (!enabled) {
      return;
    }
    SpecInputs inputs = inputsOf(spec);
    recordAbsentCandidates(spec, folder, inputs);
    inputs.files().put(directory, InputsRecord.Kind.FOLDER);
  }

  /**
   * The page or metadata file {@code file} was read as {@code bytes} (on any thread): its record
   * hashes these bytes, not the file as it is when the record is written. The first reading counts.
   */
  public void fileRead(Path file, byte[] bytes) {
    if (enabled) {
      readHashes.putIfAbsent(file.toAbsolutePath().normalize(), InputHashes.contentHash(bytes));
    }
  }

  /**
   * The spec's folder {@code directory} held {@code pages} (as {@link FolderPages} lists them with
   * {@code include} and {@code exclude}) when its pages were chosen: its record hashes these, so
   * that a page added while javac runs is a change for the next build.
   */
  public void folderListed(
      Element spec, Path directory, List<String> include, List<String> exclude, List<Path> pages) {
    if (enabled) {
      inputsOf(spec)
          .folders()
          .put(
              directory,
              new FolderListed(List.copyOf(include), List.copyOf(exclude), List.copyOf(pages)));
    }
  }

  /** The top-level type {@code qualifiedName} was generated from {@code spec}. */
  public void generated(Element spec, String qualifiedName) {
    if (!enabled) {
      return;
    }
    inputsOf(spec).generated().add(qualifiedName);
  }

  /** Writes the record of every spec seen since the last call. */
  public void write() {
    if (!enabled) {
      return;
    }
    for (Map.Entry<Element, SpecInputs> spec : specs.entrySet()) {
      try {
        write(spec.getKey(), spec.getValue());
      } catch (IOException | RuntimeException e) {
        reporter.report(spec.getKey(), null, List.of(Message.INPUTS_NOT_RECORDED.at(e)));
      }
    }
    specs.clear();
  }

  private void write(Element spec, SpecInputs inputs) throws IOException {
    String name =
        spec instanceof PackageElement pkg
            ? pkg.getQualifiedName() + ".package-info"
            : ((TypeElement) spec).getQualifiedName().toString();
    Path classOutput = classOutput();
    List<InputsRecord.Input> lines = new ArrayList<>();
    lines.add(
        new InputsRecord.Input(
            InputsRecord.Kind.OPTIONS, InputHashes.optionsHash(options, classOutput), null));
    for (Path metadata : metadataFiles) {
      inputs.files().putIfAbsent(metadata, InputsRecord.Kind.METADATA);
    }
    for (Map.Entry<Path, InputsRecord.Kind> input : inputs.files().entrySet()) {
      Path file = input.getKey();
      String path = InputsRecord.relative(file, classOutput);
      switch (input.getValue()) {
        case ABSENT -> lines.add(new InputsRecord.Input(InputsRecord.Kind.ABSENT, null, path));
        case FOLDER -> {
          // Listed by the folder's scan; a folder whose scan failed has the default globs.
          FolderListed listed = inputs.folders().get(file);
          if (listed == null) {
            List<String> include = List.of(FolderPages.DEFAULT_INCLUDE);
            listed =
                new FolderListed(
                    include, List.of(), FolderPages.list(file, include, List.of()).pages());
          }
          String hash = InputHashes.folderHash(file, listed.pages(), this::pageHash);
          lines.add(
              new InputsRecord.Input(
                  InputsRecord.Kind.FOLDER, hash, path, listed.include(), listed.exclude()));
        }
        case METADATA ->
            lines.add(new InputsRecord.Input(InputsRecord.Kind.METADATA, metadataHash(file), path));
        case PAGE ->
            lines.add(new InputsRecord.Input(InputsRecord.Kind.PAGE, pageHash(file), path));
        case OPTIONS -> throw new IllegalStateException("the options are no file");
      }
    }
    List<String> generated =
        inputs.generated().stream().map(type -> type.replace('.', '/') + ".class").toList();
    InputsRecord record =
        new InputsRecord(classOutput.toString(), name, specClassFile(spec), generated, lines);
    Path directory = InputsRecord.directoryFor(classOutput);
    Files.createDirectories(directory);
    Path target = directory.resolve(InputsRecord.fileName(name));
    Path partial = Files.createTempFile(directory, "record", ".partial");
    try {
      Files.write(partial, record.format().getBytes(StandardCharsets.UTF_8));
      try {
        Files.move(
            partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /**
   * The class output directory, asked of the Filer once (the URI of a file there, never created).
   *
   * @throws IOException if the class output is not a folder on disk (an in-memory file manager)
   */
  private Path classOutput() throws IOException {
    if (classOutput == null) {
      String probe = "graphenum-class-output";
      URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", probe).toUri();
      if (!"file".equals(uri.getScheme())) {
        throw new IOException(
            "the class output is not a folder on disk (" + uri.getScheme() + ":)");
      }
      Path folder = Path.of(uri).getParent();
      if (folder == null) {
        throw new IOException("the class output is no folder (" + uri + ")");
      }
      classOutput = folder.toAbsolutePath().normalize();
    }
    return classOutput;
  }

  private SpecInputs inputsOf(Element spec) {
    return specs.computeIfAbsent(
        spec, s -> new SpecInputs(new LinkedHashMap<>(), new HashMap<>(), new TreeSet<>()));
  }

  /** Where {@code relative} would be under each docs root and the spec's folder, if not there. */
  private void recordAbsentCandidates(Element spec, String relative, SpecInputs inputs) {
    List<Path> roots = new ArrayList<>(docsRoots);
    Path specFolder = sourceLines.folderOf(spec).path();
    if (specFolder != null) {
      roots.add(specFolder.toAbsolutePath().normalize());
    }
    for (Path root : roots) {
      try {
        Path candidate = root.resolve(relative).normalize();
        if (candidate.startsWith(root) && !Files.exists(candidate)) {
          inputs.files().putIfAbsent(candidate, InputsRecord.Kind.ABSENT);
        }
      } catch (InvalidPathException e) {
        // not a path under this root: the page could never be found there
      }
    }
  }

  /**
   * The hash of the bytes {@code page} was read from, or its {@link InputHashes#pageHash} now if
   * unread (a folder's page that documents no enum is read too; a page over the limit is not):
   * computed once per file.
   */
  private String pageHash(Path page) throws IOException {
    Path absolute = page.toAbsolutePath().normalize();
    String read = readHashes.get(absolute);
    if (read != null) {
      return read;
    }
    String hash = unreadPageHashes.get(absolute);
    if (hash == null) {
      hash = InputHashes.pageHash(page);
      unreadPageHashes.put(absolute, hash);
    }
    return hash;
  }

  /**
   * The hash of the bytes the metadata file {@code file} was read from, or of the file now if
   * unread.
   */
  private String metadataHash(Path file) throws IOException {
    String read = readHashes.get(file.toAbsolutePath().normalize());
    return read != null ? read : InputHashes.contentHash(file);
  }

  /**
   * The class file the compiler makes of the spec's source file: the one a build tool checks to
   * decide whether the source must be compiled again ({@code Specs.java} gives {@code Specs.class},
   * whichever of its types is the spec).
   */
  private String specClassFile(Element spec) {
    PackageElement pkg = elements.getPackageOf(spec);
    Element outermost = spec;
    while (outermost.getEnclosingElement() != null
        && outermost.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      outermost = outermost.getEnclosingElement();
    }
    String fallback =
        spec instanceof PackageElement ? "package-info.java" : outermost.getSimpleName() + ".java";
    String source = sourceLines.fileNameOf(spec, fallback);
    String directory =
        pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString().replace('.', '/') + "/";
    return directory + source.substring(0, source.length() - ".java".length()) + ".class";
  }
}
