package io.github.graphenum.processor.inputs;

import io.github.graphenum.processor.inputs.InputsRecord.Change;
import io.github.graphenum.processor.inputs.InputsRecord.Input;
import io.github.graphenum.processor.inputs.InputsRecord.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What differs now from a record ({@link InputsRecord#changes}): each input hashed again as it is
 * on disk and compared with the hash the record keeps; and whether a record is for the class output
 * at hand ({@link InputsRecord#isFor}). A file that cannot be read counts as changed, so that the
 * spec is generated again and says what is wrong.
 */
final class InputChanges {
  private InputChanges() {}

  /** The changes since {@code record} was written; see {@link InputsRecord#changes}. */
  static List<Change> between(
      InputsRecord record, Path classOutput, @Nullable Map<String, String> options) {
    List<Change> changes = new ArrayList<>();
    for (Input input : record.inputs()) {
      String path = input.path();
      if (path == null) {
        // the options, the one input without a path
        if (options != null
            && !InputHashes.optionsHash(options, classOutput).equals(input.hash())) {
          changes.add(new Change(Kind.OPTIONS, "changed", null));
        }
        continue;
      }
      Path file = InputsRecord.resolve(path, classOutput);
      switch (input.kind()) {
        case OPTIONS -> {
          // compared above
        }
        case ABSENT -> {
          if (Files.exists(file)) {
            changes.add(new Change(Kind.ABSENT, "appeared", file));
          }
        }
        case FOLDER ->
            compare(
                input,
                file,
                Files.isDirectory(file),
                () -> InputHashes.folderHash(file, input.include(), input.exclude()),
                changes);
        case METADATA ->
            compare(
                input,
                file,
                Files.isRegularFile(file),
                () -> InputHashes.contentHash(file),
                changes);
        case PAGE ->
            compare(
                input, file, Files.isRegularFile(file), () -> InputHashes.pageHash(file), changes);
      }
    }
    return changes;
  }

  private interface Hash {
    String compute() throws IOException;
  }

  private static void compare(
      Input input, Path file, boolean exists, Hash now, List<Change> changes) {
    if (!exists) {
      changes.add(new Change(input.kind(), "removed", file));
      return;
    }
    try {
      if (!now.compute().equals(input.hash())) {
        changes.add(new Change(input.kind(), "changed", file));
      }
    } catch (IOException unreadable) {
      changes.add(new Change(input.kind(), "changed", file));
    }
  }

  /** Whether the recorded class output {@code recorded} is {@code directory}. */
  static boolean sameDirectory(String recorded, Path directory) {
    try {
      Path path = Path.of(recorded);
      if (path.equals(directory.toAbsolutePath().normalize())) {
        return true;
      }
      // The same folder by another path (a symbolic link): only when both are there.
      return Files.isDirectory(path)
          && Files.isDirectory(directory)
          && Files.isSameFile(path, directory);
    } catch (InvalidPathException | IOException e) {
      return false;
    }
  }
}
