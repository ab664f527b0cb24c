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
 * The service metadata files of a compilation, parsed only as far as the enum types asked for need.
 * A compilation of one spec (an IDE building on save, an incremental build) needs one of the 861
 * enum types of Graph's v1.0 metadata of August 2026: {@link CsdlSections} cuts each document down
 * to the types asked for, and only the cut is parsed. The names of a round of specs ({@link
 * #expect}) are read with one cut; after {@link #MAX_CUTS} separate readings the whole files are
 * parsed, once. Either way a type reads the same. A part of a file that cannot be read fails the
 * names whose types it holds, each with the reader's message at the file's line; when the whole
 * file reads, the cut was wrong and the whole file's types are taken. Each file's bytes and tags
 * are kept for the compilation once it is cut. Safe to ask from any thread.
 */
public final class MetadataFiles implements MetadataLookup {
  /**
   * The most separate readings by cut before the whole files are parsed. The first cut of a file
   * finds its tags (about a quarter of the cost of parsing it whole, cold); the later ones only
   * pass over those tags and parse what they keep, so many cuts are cheap, but a compilation that
   * asks for its types one at a time, many times over, is bounded by one whole parse.
   */
  static final int MAX_CUTS = 32;

  private final List<Path> files;
  private final List<byte[]> documents;
  private final List<String> fileNames = new ArrayList<>();

  /**
   * The tags of each document ({@code null} for one that cannot be cut), found by the first cut;
   * {@code null} before it.
   */
  private @Nullable List<CsdlSections.@Nullable Scanned> scans;

  /** Names to read with the next cut. */
  private final Set<String> pending = new HashSet<>();

  /** Names whose types are in {@link #typesRead}. */
  private final Set<String> readNames = new HashSet<>();

  /** Names whose parts of the metadata cannot be read, and why. */
  private final Map<String, CsdlReader.InvalidMetadataException> failed = new HashMap<>();

  /** The types read so far. */
  private ServiceMetadata typesRead;

  /** Whether {@link #typesRead} holds every type of the files. */
  private boolean whole;

  /** Whether the whole files were parsed and found broken: names are then read by cuts alone. */
  private boolean wholeFailed;

  /** Why every cut fails (the part they all keep is broken), or {@code null}. */
  private CsdlReader.@Nullable InvalidMetadataException frameFailure;

  private int cuts;

  private MetadataFiles(List<Path> files, List<byte[]> documents) {
    this.files = files;
    this.documents = documents;
    files.forEach(file -> fileNames.add(file.getFileName().toString()));
    this.typesRead = new ServiceMetadata(fileNames, Map.of());
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
    return new MetadataFiles(List.copyOf(files), documents);
  }

  /** Names that will be asked for: read with the first that is. */
  @Override
  public synchronized void expect(Collection<String> names) {
    if (whole) {
      return;
    }
    for (String name : names) {
      if (!readNames.contains(name) && !failed.containsKey(name)) {
        pending.add(name);
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>What it gives for a name depends on that name alone, not on the names asked for before or
   * with it (the threads that ask come in any order).
   */
  @Override
  public synchronized ServiceMetadata.@Nullable EnumType find(
      @Nullable String namespace, String name) throws CsdlReader.InvalidMetadataException {
    if (!whole && !readNames.contains(name) && !failed.containsKey(name)) {
      if (frameFailure != null) {
        throw frameFailure;
      }
      pending.add(name);
      readPending();
    }
    CsdlReader.InvalidMetadataException failure = failed.get(name);
    if (failure != null) {
      throw failure;
    }
    return typesRead.find(namespace, name);
  }

  @Override
  public String describeFiles() {
    return String.join(", ", fileNames);
  }

  /** Whether the whole files were parsed (no cut is made any more); for tests. */
  synchronized boolean holdsEveryType() {
    return whole;
  }

  /** How many readings by cut were made; for tests. */
  synchronized int cutsMade() {
    return cuts;
  }

  /** Reads the types of the pending names: with one cut of each file, or the whole files. */
  private void readPending() {
    try {
      if (cuts >= MAX_CUTS && readWholeFiles()) {
        return;
      }
      cuts++;
      try {
        readCut(pending);
      } catch (CsdlReader.InvalidMetadataException e) {
        // A part asked for does not read. If the whole files do, the cut was wrong: take them.
        if (!readWholeFiles()) {
          readBroken(new ArrayList<>(pending), e);
        }
      }
    } finally {
      pending.clear();
    }
  }

  /**
   * Reads what can be read of {@code names}, whose cut together failed with {@code failure}, in
   * files that are broken: if the part every cut keeps is broken, every name fails with it;
   * otherwise by halves, down to the names whose own parts fail.
   */
  private void readBroken(List<String> names, CsdlReader.InvalidMetadataException failure) {
    try {
      readCut(Set.of());
    } catch (CsdlReader.InvalidMetadataException frame) {
      frameFailure = frame;
      names.forEach(name -> failed.put(name, frame));
      return;
    }
    readByHalves(names, failure);
  }

  private void readByHalves(List<String> names, CsdlReader.InvalidMetadataException failure) {
    if (names.size() == 1) {
      failed.put(names.get(0), failure);
      return;
    }
    int half = names.size() / 2;
    for (List<String> part : List.of(names.subList(0, half), names.subList(half, names.size()))) {
      try {
        readCut(new HashSet<>(part));
      } catch (CsdlReader.InvalidMetadataException e) {
        readByHalves(part, e);
      }
    }
  }

  /** Reads the types of {@code names} from a cut of each file, or each whole file it cannot cut. */
  private void readCut(Set<String> names) throws CsdlReader.InvalidMetadataException {
    List<CsdlSections.@Nullable Scanned> scanned = scans();
    List<CsdlReader.Document> parsed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      byte[] document = documents.get(i);
      CsdlSections.Scanned tags = scanned.get(i);
      byte[] cut = tags == null ? null : cutOrWhole(tags, names, false);
      try {
        parsed.add(CsdlReader.parse(files.get(i), cut == null ? document : cut));
      } catch (CsdlReader.InvalidMetadataException e) {
        throw atDocumentLine(files.get(i), document, tags, names, e);
      }
    }
    Map<String, ServiceMetadata.EnumType> types = new HashMap<>(typesRead.enums());
    types.putAll(CsdlReader.index(fileNames, parsed).enums());
    typesRead = new ServiceMetadata(fileNames, types);
    readNames.addAll(names);
  }

  /** The tags of each document, found on the first cut. */
  private List<CsdlSections.@Nullable Scanned> scans() {
    List<CsdlSections.@Nullable Scanned> found = scans;
    if (found == null) {
      found = new ArrayList<>();
      for (byte[] document : documents) {
        found.add(scanOrWhole(document));
      }
      scans = found;
    }
    return found;
  }

  /** The tags of {@code document}, or {@code null} (read it whole) if finding them fails. */
  private static CsdlSections.@Nullable Scanned scanOrWhole(byte[] document) {
    try {
      return CsdlSections.scan(document);
    } catch (RuntimeException e) {
      return null; // the cut is only quicker: the whole document reads all the same
    }
  }

  /** The cut, or {@code null} (the whole document) if making it fails: it is only quicker. */
  private static byte @Nullable [] cutOrWhole(
      CsdlSections.Scanned scanned, Set<String> names, boolean keepLines) {
    try {
      return CsdlSections.cut(scanned, names, keepLines);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * What the reader says of the cut for {@code names} made with the document's line breaks: {@code
   * failure}, said at the line and column of the file.
   */
  private static CsdlReader.InvalidMetadataException atDocumentLine(
      Path file,
      byte[] document,
      CsdlSections.@Nullable Scanned scanned,
      Set<String> names,
      CsdlReader.InvalidMetadataException failure) {
    byte[] lined = scanned == null ? null : cutOrWhole(scanned, names, true);
    try {
      CsdlReader.parse(file, lined == null ? document : lined);
    } catch (CsdlReader.InvalidMetadataException atLine) {
      return atLine;
    }
    return failure; // not reached: the same cut fails the same way
  }

  /**
   * Parses the whole files, at most once; false, and nothing read, when one cannot be read (or was
   * found so before).
   */
  private boolean readWholeFiles() {
    if (wholeFailed) {
      return false;
    }
    List<CsdlReader.Document> parsed = new ArrayList<>();
    try {
      for (int i = 0; i < files.size(); i++) {
        parsed.add(CsdlReader.parse(files.get(i), documents.get(i)));
      }
    } catch (CsdlReader.InvalidMetadataException e) {
      wholeFailed = true;
      return false;
    }
    typesRead = CsdlReader.index(fileNames, parsed);
    whole = true;
    pending.clear();
    failed.clear();
    documents.clear(); // parsed: the bytes and tags are no longer needed
    scans = null;
    return true;
  }
}
