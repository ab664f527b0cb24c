package io.github.graphenum.processor.metadata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The service metadata files of a compilation, read only as far as the enum types asked for need. A
 * compilation of one spec (an IDE building on save, an incremental build) needs one of the 861 enum
 * types of Graph's v1.0 metadata: {@link CsdlSections} cuts each document down to the types asked
 * for, and only the cut is parsed. Names asked for together ({@link #expect}) are read with one
 * cut; after {@link #MAX_CUTS} cuts the whole files are read, once, as a compilation that asks for
 * many types needs most of them. Either way a type reads the same, and a part of a file that cannot
 * be read fails only the names whose types it holds. Safe to ask from any thread.
 */
public final class MetadataFiles implements MetadataLookup {
  /**
   * The most cuts before the whole files are read: a cut scans a file's bytes without parsing them,
   * about a quarter of the cost of parsing it whole (benchmarks/README.md, "One spec against ten,
   * cold").
   */
  static final int MAX_CUTS = 8;

  private final List<Path> files;
  private final List<byte[]> documents;
  private final List<String> fileNames = new ArrayList<>();

  /** Names to read with the next cut. */
  private final Set<String> asked = new HashSet<>();

  /** Names whose types are in {@link #read}. */
  private final Set<String> readNames = new HashSet<>();

  /** Names whose parts of the metadata cannot be read, and why. */
  private final Map<String, CsdlReader.InvalidMetadataException> failed = new HashMap<>();

  /** The types read so far. */
  private ServiceMetadata read;

  /** Whether {@link #read} holds every type of the files. */
  private boolean whole;

  /** Whether the whole files were read and found broken: each name is then read by a cut. */
  private boolean wholeFailed;

  private int cuts;

  private MetadataFiles(List<Path> files, List<byte[]> documents) {
    this.files = files;
    this.documents = documents;
    files.forEach(file -> fileNames.add(file.getFileName().toString()));
    this.read = new ServiceMetadata(fileNames, Map.of());
  }

  /**
   * Reads the bytes of every file of {@code files}, hands each to {@code bytesRead} (for the record
   * of build inputs: what the enums were checked against), and checks that each is CSDL by its root
   * element; the rest is parsed when a type is asked for.
   */
  public static MetadataFiles open(List<Path> files, BiConsumer<Path, byte[]> bytesRead)
      throws CsdlReader.InvalidMetadataException {
    List<byte[]> documents = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = CsdlReader.bytes(file);
      bytesRead.accept(file, bytes);
      CsdlReader.checkRoot(file, bytes);
      documents.add(bytes);
    }
    return new MetadataFiles(List.copyOf(files), documents); // documents: dropped once parsed
  }

  /** Names that will be asked for: read with the first that is. */
  @Override
  public synchronized void expect(Collection<String> names) {
    for (String name : names) {
      if (!readNames.contains(name)) {
        asked.add(name);
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>What it gives for a name depends on that name alone, not on the names asked for before or
   * with it (the threads that ask come in any order): a part of the metadata that cannot be read
   * fails the names whose types it holds, each with the reader's message and line.
   */
  @Override
  public synchronized ServiceMetadata.@Nullable EnumType find(
      @Nullable String namespace, String name) throws CsdlReader.InvalidMetadataException {
    if (!whole && !readNames.contains(name) && !failed.containsKey(name)) {
      asked.add(name);
      readAsked();
    }
    CsdlReader.InvalidMetadataException failure = failed.get(name);
    if (failure != null) {
      throw failure;
    }
    return read.find(namespace, name);
  }

  @Override
  public String describeFiles() {
    return String.join(", ", fileNames);
  }

  /** Whether the whole files were read (no cut is made any more); for tests. */
  synchronized boolean readWhole() {
    return whole;
  }

  /**
   * Reads the types of the names asked for: with one cut of each file, or, when the cut fails, a
   * cut per name; after {@link #MAX_CUTS} cuts, the whole files.
   */
  private void readAsked() {
    if (cuts >= MAX_CUTS && !wholeFailed && readWholeFiles()) {
      return;
    }
    cuts++;
    try {
      readCut(asked);
    } catch (CsdlReader.InvalidMetadataException e) {
      if (asked.size() == 1) {
        failed.put(asked.iterator().next(), e);
      } else {
        for (String name : asked) {
          try {
            readCut(Set.of(name));
          } catch (CsdlReader.InvalidMetadataException alone) {
            failed.put(name, alone);
          }
        }
      }
    }
    asked.clear();
  }

  /** Reads the types of {@code names} from a cut of each file, or each whole file it cannot cut. */
  private void readCut(Set<String> names) throws CsdlReader.InvalidMetadataException {
    List<CsdlReader.Document> parsed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      byte[] document = documents.get(i);
      byte[] cut = CsdlSections.cut(document, names, false);
      try {
        parsed.add(CsdlReader.parse(files.get(i), cut == null ? document : cut));
      } catch (CsdlReader.InvalidMetadataException e) {
        throw atDocumentLine(files.get(i), document, names, e);
      }
    }
    Map<String, ServiceMetadata.EnumType> types = new HashMap<>(read.enums());
    types.putAll(CsdlReader.index(fileNames, parsed).enums());
    read = new ServiceMetadata(fileNames, types);
    readNames.addAll(names);
  }

  /**
   * What the reader says of the cut for {@code names} made with the document's line breaks: {@code
   * failure}, said at the line of the file.
   */
  private static CsdlReader.InvalidMetadataException atDocumentLine(
      Path file, byte[] document, Set<String> names, CsdlReader.InvalidMetadataException failure) {
    byte[] lined = CsdlSections.cut(document, names, true);
    try {
      CsdlReader.parse(file, lined == null ? document : lined);
    } catch (CsdlReader.InvalidMetadataException atLine) {
      return atLine;
    }
    return failure; // not reached: the same cut fails the same way
  }

  /** Reads the whole files; false, and nothing read, when one cannot be read. */
  private boolean readWholeFiles() {
    List<CsdlReader.Document> parsed = new ArrayList<>();
    try {
      for (int i = 0; i < files.size(); i++) {
        parsed.add(CsdlReader.parse(files.get(i), documents.get(i)));
      }
    } catch (CsdlReader.InvalidMetadataException e) {
      wholeFailed = true;
      return false;
    }
    read = CsdlReader.index(fileNames, parsed);
    whole = true;
    asked.clear();
    failed.clear();
    documents.clear(); // parsed: the bytes are no longer needed
    return true;
  }
}
