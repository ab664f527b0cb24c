package io.github.graphenum.maven;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annotation processor options ({@code -Akey=value}) among javac's arguments, as the processor
 * will get them: the records are compared against the options of the coming compilation.
 */
final class ProcessorOptions {
  private ProcessorOptions() {}

  /**
   * The {@code -A} options of {@code arguments}, by key; a bare {@code -Akey} has a {@code null}
   * value, as javac gives it. A later option replaces an earlier one with the same key.
   */
  static Map<String, String> of(List<String> arguments) {
    Map<String, String> options = new HashMap<>();
    for (String argument : arguments) {
      String trimmed = argument.strip();
      if (!trimmed.startsWith("-A") || trimmed.length() == 2) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals < 0) {
        options.put(trimmed.substring(2), null);
      } else {
        options.put(trimmed.substring(2, equals), trimmed.substring(equals + 1));
      }
    }
    return options;
  }
}
