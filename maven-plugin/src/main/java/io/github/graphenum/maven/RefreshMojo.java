package io.github.graphenum.maven;

import io.github.graphenum.processor.InputsRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Makes the next compilation regenerate the enums whose doc pages changed, appeared or
 * disappeared since they were generated. javac cannot know that a generated enum depends on a
 * page, so without this goal {@code mvn compile} says "Nothing to compile" after a page edit and
 * keeps the old enum.
 *
 * <p>It reads the records the graphenum processor writes beside the classes ({@link
 * InputsRecord}), compares them with the pages, folders, metadata and options of now, and removes
 * the class files of the specs that are out of date, logging one line per spec that says what
 * changed. When nothing changed it touches nothing, and the compiler still finds nothing to
 * compile.
 */
@Mojo(name = "refresh", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public class RefreshMojo extends AbstractMojo {
  private static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";

  /** The processor option that makes it write the records this goal reads. */
  private static final String REFRESH_OPTION = "graphenum.refresh";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Skips the goal. */
  @Parameter(property = "graphenum.refresh.skip", defaultValue = "false")
  private boolean skip;

  /** Creates the goal; Maven does. */
  public RefreshMojo() {}

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("graphenum: refresh skipped");
      return;
    }
    Map<String, String> options = processorOptions("default-compile");
    if (options != null && !"true".equalsIgnoreCase(options.get(REFRESH_OPTION))) {
      // Without it the processor writes no records: this goal would see nothing, silently.
      getLog().warn(
          "graphenum: maven-compiler-plugin's compilerArgs have no -A" + REFRESH_OPTION + "=true, so the"
              + " processor records nothing for this goal to compare: add <arg>-A" + REFRESH_OPTION + "=true</arg>");
    }
    refresh(Path.of(project.getBuild().getOutputDirectory()), "default-compile");
    refresh(Path.of(project.getBuild().getTestOutputDirectory()), "default-testCompile");
  }

  private void refresh(Path classOutput, String compilerExecution) throws MojoExecutionException {
    try {
      StaleSpecs.Plan plan = StaleSpecs.find(classOutput, processorOptions(compilerExecution));
      plan.unreadable().forEach((file, reason) -> getLog().warn("graphenum: cannot read " + file + " (" + reason + "); its spec is not checked"));
      Path basedir = project.getBasedir().toPath();
      for (StaleSpecs.Stale stale : plan.stale()) {
        String changes = stale.changes().stream().map(c -> c.describe(basedir)).collect(Collectors.joining(", "));
        getLog().info("graphenum: " + stale.spec() + " is out of date (" + changes + "); its classes are removed so that the compiler generates it again");
      }
      for (Path classFile : plan.classFiles()) {
        Files.deleteIfExists(classFile);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("graphenum: cannot check " + classOutput + ": " + e.getMessage(), e);
    }
  }

  /** The {@code -A} options of the compiler plugin's execution {@code executionId}; see {@link ProcessorOptions#of(Plugin, String)}. */
  private Map<String, String> processorOptions(String executionId) {
    return ProcessorOptions.of(project.getBuild().getPluginsAsMap().get(COMPILER_PLUGIN), executionId);
  }
}
