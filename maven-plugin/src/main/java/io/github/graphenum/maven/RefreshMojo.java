package io.github.graphenum.maven;

import io.github.graphenum.processor.inputs.InputsRecord;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Makes the next compilation regenerate the enums whose doc pages changed, appeared or disappeared
 * since they were generated. javac cannot know that a generated enum depends on a page, so without
 * this goal {@code mvn compile} says "Nothing to compile" after a page edit and keeps the old enum.
 *
 * <p>It reads the records the graphenum processor writes beside the class output ({@link
 * InputsRecord}: {@code target/graphenum-inputs/classes/} and {@code
 * target/graphenum-inputs/test-classes/}), compares them with the pages, folders, metadata and
 * options of now, and removes the class files of the specs that are out of date, logging one line
 * per spec that says what changed. When nothing changed it touches nothing, and the compiler still
 * finds nothing to compile. It removes nothing but class files inside the class output, never
 * follows a record of another build, and never fails the build ({@link StaleSpecs}).
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
  public void execute() {
    if (skip) {
      getLog().info("graphenum: refresh skipped");
      return;
    }
    Map<String, String> options = processorOptions("default-compile");
    if (options != null && !"true".equalsIgnoreCase(options.get(REFRESH_OPTION))) {
      // Without it the processor writes no records: this goal would see nothing, silently.
      getLog()
          .warn(
              "graphenum: maven-compiler-plugin's compilerArgs have no -A"
                  + REFRESH_OPTION
                  + "=true, so the"
                  + " processor records nothing for this goal to compare: add <arg>-A"
                  + REFRESH_OPTION
                  + "=true</arg>");
    }
    refresh(Path.of(project.getBuild().getOutputDirectory()), "default-compile");
    refresh(Path.of(project.getBuild().getTestOutputDirectory()), "default-testCompile");
  }

  /**
   * Compares the records of {@code classOutput} and removes what is out of date. Never fails the
   * build: a record that cannot be trusted or read is a warning, and what it made is generated
   * again.
   */
  private void refresh(Path classOutput, String compilerExecution) {
    Path basedir = project.getBasedir().toPath();
    StaleSpecs.Plan plan;
    try {
      plan = StaleSpecs.find(classOutput, processorOptions(compilerExecution), basedir);
    } catch (RuntimeException e) {
      getLog()
          .warn(
              "graphenum: cannot check the records of "
                  + classOutput
                  + " ("
                  + e
                  + "); nothing is removed",
              e);
      return;
    }
    plan.notes().forEach(getLog()::info);
    plan.warnings().forEach(getLog()::warn);
    for (StaleSpecs.Stale stale : plan.stale()) {
      getLog()
          .info(
              "graphenum: "
                  + stale.spec()
                  + " is out of date ("
                  + String.join(", ", stale.changes())
                  + "); its classes are removed so that the compiler generates it again");
    }
    StaleSpecs.carryOut(plan).forEach(getLog()::warn);
  }

  /**
   * The {@code -A} options of the compiler plugin's execution {@code executionId}; see {@link
   * ProcessorOptions#of(Plugin, String)}.
   */
  private Map<String, String> processorOptions(String executionId) {
    return ProcessorOptions.of(
        project.getBuild().getPluginsAsMap().get(COMPILER_PLUGIN), executionId);
  }
}
