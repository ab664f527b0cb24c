package io.github.graphenum.maven;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The annotation processor options ({@code -Akey=value}) among javac's arguments, as the processor
 * will get them: the records are compared against the options of the coming compilation.
 */
final class ProcessorOptions {
  private ProcessorOptions() {}

  /**
   * The {@code -A} options maven-compiler-plugin passes to javac in its execution {@code
   * executionId}: from {@code compilerArgs}, {@code compilerArguments} and {@code
   * compilerArgument}, the execution's configuration over the plugin's.
   *
   * @param compiler the project's maven-compiler-plugin, or {@code null} when it has none
   * @return the options, or {@code null} when the project does not configure the compiler plugin:
   *     they are then not compared
   */
  static Map<String, String> of(Plugin compiler, String executionId) {
    if (compiler == null) {
      return null;
    }
    Xpp3Dom configuration = (Xpp3Dom) compiler.getConfiguration();
    PluginExecution execution = compiler.getExecutionsAsMap().get(executionId);
    if (execution != null && execution.getConfiguration() != null) {
      // A copy: merging changes the dominant tree, which is the project model's.
      configuration =
          Xpp3Dom.mergeXpp3Dom(new Xpp3Dom((Xpp3Dom) execution.getConfiguration()), configuration);
    }
    List<String> arguments = new ArrayList<>();
    if (configuration != null) {
      Xpp3Dom compilerArgs = configuration.getChild("compilerArgs");
      if (compilerArgs != null) {
        for (Xpp3Dom arg : compilerArgs.getChildren()) {
          arguments.add(arg.getValue() == null ? "" : arg.getValue());
        }
      }
      Xpp3Dom compilerArguments = configuration.getChild("compilerArguments");
      if (compilerArguments != null) {
        // The older map form: <Agraphenum.docs>path</Agraphenum.docs> is -Agraphenum.docs=path.
        for (Xpp3Dom entry : compilerArguments.getChildren()) {
          if (entry.getName().startsWith("A")) {
            arguments.add(
                "-" + entry.getName() + (entry.getValue() == null ? "" : "=" + entry.getValue()));
          }
        }
      }
      Xpp3Dom compilerArgument = configuration.getChild("compilerArgument");
      if (compilerArgument != null && compilerArgument.getValue() != null) {
        arguments.addAll(List.of(compilerArgument.getValue().strip().split("\\s+")));
      }
    }
    return of(arguments);
  }

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
