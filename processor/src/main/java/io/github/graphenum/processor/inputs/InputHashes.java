package io.github.graphenum.processor.inputs;

import io.github.graphenum.processor.locate.FolderPages;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.render.json.JsonBinding;
import io.github.graphenum.processor.render.json.JsonBindings;
import io.github.graphenum.processor.spec.Options;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The hashes a record keeps of what a spec read: of a file's content, of a page, of a folder's
 * pages and of the options; all SHA-256, in hex. A changed hash is a changed input.
 */
public final class InputHashes {
  private InputHashes() {}

  /**
   * The SHA-256 of a file's content, in hex, read as a stream: a file of any size takes no memory.
   */
  public static String contentHash(Path file) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of {@code bytes}, in hex: {@link #contentHash(Path)} of a file holding them. */
  static String contentHash(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /**
   * The hash a record keeps of a page: its {@link #contentHash}, or, for a file over the page limit
   * ({@link PageReader#MAX_PAGE_BYTES}), which is refused unread, a hash of its size alone: such a
   * file is never read whole, not even to be hashed, and it counts as changed when its size does
   * (it may have come under the limit).
   */
  public static String pageHash(Path file) throws IOException {
    long size = Files.size(file);
    return size > PageReader.MAX_PAGE_BYTES
        ? contentHash(
            ("graphenum: a page over the limit, of " + size + " bytes")
                .getBytes(StandardCharsets.UTF_8))
        : contentHash(file);
  }

  /** A file's {@link #pageHash}, from wherever the caller knows it. */
  @FunctionalInterface
  interface PageHashes {
    /** The page hash of {@code file}. */
    String of(Path file) throws IOException;
  }

  /**
   * The SHA-256 of a folder's pages, as {@link FolderPages} lists them with {@code include} and
   * {@code exclude}: of each, in the order of their paths, the path relative to the folder and the
   * {@link #pageHash}. A page added, removed, renamed or edited changes it; no other file counts,
   * and none is read.
   */
  public static String folderHash(Path folder, List<String> include, List<String> exclude)
      throws IOException {
    return folderHash(
        folder, FolderPages.list(folder, include, exclude).pages(), InputHashes::pageHash);
  }

  /**
   * {@link #folderHash(Path, List, List)} of {@code pages} (as {@link FolderPages} listed them),
   * with each page's hash from {@code hashes}. A page that is a symbolic link leading out of the
   * folder, which the scan never reads, counts by its name alone.
   */
  static String folderHash(Path folder, List<Path> pages, PageHashes hashes) throws IOException {
    Path realFolder = folder.toRealPath();
    MessageDigest digest = sha256();
    for (Path page : pages) {
      String relative = folder.relativize(page).toString().replace('\\', '/');
      String hash =
          page.toRealPath().startsWith(realFolder) ? hashes.of(page) : "a link out of the folder";
      digest.update((relative + "\0" + hash + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The SHA-256 of what the options tell the processor about what to generate (docs roots, metadata
   * files, strictness, translation roots, the JSON bindings switched on), paths relative to {@code
   * classOutput} as in the record. Only the bindings switched on count, so that a binding added to
   * graphenum changes no record made without it.
   *
   * @param options the {@code -A} options, keys and values
   * @param classOutput the class output directory, or {@code null} to hash absolute paths
   */
  public static String optionsHash(Map<String, String> options, @Nullable Path classOutput) {
    Options read = Options.read(options, JsonBindings.OPTION_KEYS);
    String text =
        "docs="
            + paths(read.docsRoots(), classOutput)
            + "\nmetadata="
            + paths(read.metadataFiles(), classOutput)
            + "\nstrict="
            + read.strictMetadata()
            + "\ntranslations="
            + read.translationRoots().entrySet().stream()
                .map(e -> e.getKey() + "=" + paths(List.of(e.getValue()), classOutput))
                .toList()
            + "\nbindings="
            + JsonBindings.enabledBy(read).stream()
                .map(JsonBinding::optionKey)
                .collect(Collectors.joining(","))
            + "\n";
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String paths(List<Path> paths, @Nullable Path classOutput) {
    return paths.stream()
        .map(p -> InputsRecord.relative(p.toAbsolutePath().normalize(), classOutput))
        .collect(Collectors.joining(","));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
