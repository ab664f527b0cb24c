package io.github.graphenum.processor;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Collects, while the specs are generated, what each one reads (its page, the places the page was
 * looked for first, its folder), and writes it as an {@link InputsRecord} beside the classes,
 * through the {@link Filer} with the spec as originating element, for graphenum-maven-plugin's
 * {@code refresh} goal; only with {@code -Agraphenum.refresh=true}.
 *
 * <p>A page is hashed once per compilation, however many specs read it, and from the bytes it was
 * read from, as the service metadata: a file saved again while javac runs is recorded as the enum
 * was made from it.
 */
final class BuildInputs {
  /** Whether records are written ({@code -Agraphenum.refresh=true}); otherwise every call does nothing. */
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

  /** Content hashes of pages, folders and metadata, by file: each is computed once. */
  private final Map<Path, String> hashes = new HashMap<>();

  /**
   * Content hashes of the bytes pages and metadata were read from, by absolute file; written by
   * the threads that read them. A file saved again during the build is recorded as it was read,
   * so that the next build sees the change.
   */
  private final Map<Path, String> readHashes = new ConcurrentHashMap<>();

  /** The files of each {@code @GraphEnums} folder, as the folder's scan listed them. */
  private final Map<Path, List<Path>> folderFiles = new HashMap<>();

  /** One spec's inputs: file to kind, and the qualified names of the types generated from it. */
  private record SpecInputs(Map<Path, InputsRecord.Kind> files, Set<String> generated) {}

  /**
   * @param reporter where a record that cannot be written is reported
   * @param read the options, read: the docs roots and the metadata files
   * @param options the processor's {@code -A} options, as javac got them, for their hash
   */
  BuildInputs(Filer filer, Elements elements, SourceLines sourceLines, Reporter reporter, Options read, Map<String, String> options) {
    this.enabled = read.refresh();
    this.filer = filer;
    this.elements = elements;
    this.sourceLines = sourceLines;
    this.reporter = reporter;
    this.docsRoots = read.docsRoots();
    this.metadataFiles = read.metadataFiles().stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.options = new HashMap<>(options); // a bare -Akey has a null value: no Map.copyOf
  }

  /**
   * The spec's page {@code doc} was found at {@code file}. The places where the same {@code doc}
   * would be under the other docs roots, and is not, are recorded too: a page that appears there
   * may be the one read next time. A page inside the spec's own recorded folder is covered by the
   * folder's hash.
   */
  void pageLocated(Element spec, String doc, Path file) {
    if (!enabled) {
      return;
    }
    SpecInputs inputs = inputsOf(spec);
    boolean inFolder =
        inputs.files().entrySet().stream().anyMatch(e -> e.getValue() == InputsRecord.Kind.FOLDER && file.startsWith(e.getKey()));
    if (!inFolder) {
      recordAbsentCandidates(spec, doc, inputs);
      inputs.files().put(file, InputsRecord.Kind.PAGE);
    }
  }

  /**
   * A localized page of the spec's translations was read at {@code file}, or looked for there and
   * not found: an edited, added or removed translation changes the generated bundles.
   */
  void localizedPageLooked(Element spec, Path file) {
    if (!enabled) {
      return;
    }
    // Read means there, even if the file is gone by now: its removal is then a change next time.
    boolean read = readHashes.containsKey(file.toAbsolutePath().normalize());
    inputsOf(spec).files().putIfAbsent(file, read || Files.isRegularFile(file) ? InputsRecord.Kind.PAGE : InputsRecord.Kind.ABSENT);
  }

  /** The spec's {@code @GraphEnums} folder {@code folder} was found at {@code directory}. */
  void folderLocated(Element spec, String folder, Path directory) {
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
  void fileRead(Path file, byte[] bytes) {
    if (enabled) {
      readHashes.putIfAbsent(file.toAbsolutePath().normalize(), InputsRecord.contentHash(bytes));
    }
  }

  /**
   * The folder {@code directory} held {@code files} (as {@link InputsRecord#filesOf} lists them)
   * when its pages were chosen: its record hashes these, so that a page added while javac runs is
   * a change for the next build.
   */
  void folderListed(Path directory, List<Path> files) {
    if (enabled) {
      folderFiles.putIfAbsent(directory, List.copyOf(files));
    }
  }

  /** The top-level type {@code qualifiedName} was generated from {@code spec}. */
  void generated(Element spec, String qualifiedName) {
    if (!enabled) {
      return;
    }
    inputsOf(spec).generated().add(qualifiedName);
  }

  /** Writes the record of every spec seen since the last call. */
  void write() {
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
    String name = spec instanceof PackageElement pkg ? pkg.getQualifiedName() + ".package-info" : ((TypeElement) spec).getQualifiedName().toString();
    String relativeName = InputsRecord.DIRECTORY + name + ".txt";
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", relativeName, spec);
    Path classOutput = classOutputOf(file.toUri(), relativeName);
    List<InputsRecord.Input> lines = new ArrayList<>();
    lines.add(new InputsRecord.Input(InputsRecord.Kind.OPTIONS, InputsRecord.optionsHash(options, classOutput), null));
    for (Path metadata : metadataFiles) {
      inputs.files().putIfAbsent(metadata, InputsRecord.Kind.METADATA);
    }
    for (Map.Entry<Path, InputsRecord.Kind> input : inputs.files().entrySet()) {
      String path = InputsRecord.relative(input.getKey(), classOutput);
      String hash = input.getValue() == InputsRecord.Kind.ABSENT ? null : hashOf(input.getKey(), input.getValue());
      lines.add(new InputsRecord.Input(input.getValue(), hash, path));
    }
    List<String> generated = inputs.generated().stream().map(type -> type.replace('.', '/') + ".class").toList();
    InputsRecord record = new InputsRecord(name, specClassFile(spec), generated, lines);
    try (Writer writer = file.openWriter()) {
      writer.write(record.format());
    }
  }

  private SpecInputs inputsOf(Element spec) {
    return specs.computeIfAbsent(spec, s -> new SpecInputs(new LinkedHashMap<>(), new TreeSet<>()));
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

  private String hashOf(Path file, InputsRecord.Kind kind) throws IOException {
    String hash = hashes.get(file);
    if (hash == null) {
      hash = kind == InputsRecord.Kind.FOLDER ? folderHash(file) : contentHash(file);
      hashes.put(file, hash);
    }
    return hash;
  }

  /** The hash of {@code folder}'s files as they were listed and read. */
  private String folderHash(Path folder) throws IOException {
    List<Path> files = folderFiles.get(folder);
    return InputsRecord.folderHash(folder, files != null ? files : InputsRecord.filesOf(folder), this::contentHash);
  }

  /** The hash of the bytes {@code file} was read from, or of the file as it is now if unread. */
  private String contentHash(Path file) throws IOException {
    String read = readHashes.get(file.toAbsolutePath().normalize());
    return read != null ? read : InputsRecord.contentHash(file);
  }

  /**
   * The class file the compiler makes of the spec's source file: the one a build tool checks to
   * decide whether the source must be compiled again ({@code Specs.java} gives {@code Specs.class},
   * whichever of its types is the spec).
   */
  private String specClassFile(Element spec) {
    PackageElement pkg = elements.getPackageOf(spec);
    Element outermost = spec;
    while (outermost.getEnclosingElement() != null && outermost.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      outermost = outermost.getEnclosingElement();
    }
    String fallback = spec instanceof PackageElement ? "package-info.java" : outermost.getSimpleName() + ".java";
    String source = sourceLines.fileNameOf(spec, fallback);
    String directory = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString().replace('.', '/') + "/";
    return directory + source.substring(0, source.length() - ".java".length()) + ".class";
  }

  /** The class output directory, from a record's URI; {@code null} when it is not a file. */
  private static Path classOutputOf(URI uri, String relativeName) {
    if (!"file".equals(uri.getScheme())) {
      return null;
    }
    Path directory = Path.of(uri);
    for (int i = 0; i < relativeName.split("/").length; i++) {
      directory = directory.getParent();
    }
    return directory;
  }
}
