package io.github.graphenum.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.github.graphenum.processor.testing.ProcessorClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The processor's stages, bottom to top, as the root package's {@code package-info} draws them: a
 * stage's package depends only on the stages before it in {@link #STAGES}, and on nothing above it;
 * the packages form no cycle; and every class of the processor is in one of them.
 */
class LayeringTest {
  private static final String ROOT = "io.github.graphenum.processor";

  private static final Path SOURCES = Path.of("src/main/java/io/github/graphenum/processor");

  /**
   * The stages' packages, relative to {@value #ROOT}, bottom first, read from the drawing in the
   * root package's {@code package-info} (the one place the order is written); "" is the processor
   * class, at the top.
   */
  static final List<String> STAGES = stagesDrawnInPackageInfo();

  private static List<String> stagesDrawnInPackageInfo() {
    String info;
    try {
      info = Files.readString(SOURCES.resolve("package-info.java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int from = info.indexOf("<pre>");
    int to = info.indexOf("</pre>", from);
    if (from < 0 || to < 0) {
      throw new IllegalStateException("the root package-info draws no <pre> stage map");
    }
    List<String> stages = new ArrayList<>();
    for (String stage : info.substring(from + "<pre>".length(), to).split("→")) {
      stages.add(stage.replace('*', ' ').strip());
    }
    stages.add("");
    return List.copyOf(stages);
  }

  private static final JavaClasses PROCESSOR = ProcessorClasses.imported();

  static String packageOf(String stage) {
    return stage.isEmpty() ? ROOT : ROOT + "." + stage;
  }

  /** One rule per stage: none of its classes depends on a class of a stage above it. */
  @TestFactory
  Stream<DynamicTest> eachStageDependsOnlyOnTheStagesBelowIt() {
    return STAGES.stream()
        .map(
            stage -> {
              List<String> above =
                  STAGES.subList(STAGES.indexOf(stage) + 1, STAGES.size()).stream()
                      .map(LayeringTest::packageOf)
                      .toList();
              ArchRule rule =
                  noClasses()
                      .that()
                      .resideInAPackage(packageOf(stage))
                      .should()
                      .dependOnClassesThat()
                      .resideInAnyPackage(above.toArray(String[]::new))
                      .allowEmptyShould(true)
                      .because(
                          "a stage depends only on the stages below it (see "
                              + ROOT
                              + "'s package-info)");
              return DynamicTest.dynamicTest(
                  stage.isEmpty() ? "the processor class" : stage, () -> rule.check(PROCESSOR));
            });
  }

  /**
   * The same order over the sources' import lines: class files do not show an import used only by
   * Javadoc ({@code {@link}}), which still ties the source of a stage to a stage above it.
   */
  @Test
  void importsFollowTheStagesToo() throws IOException {
    Pattern ownImport =
        Pattern.compile(
            "^import (?:static )?" + Pattern.quote(ROOT) + "\\.([a-z.]*?)\\.?[A-Z]",
            Pattern.MULTILINE);
    List<String> upward = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String stage =
            SOURCES
                .relativize(file.getParent() == null ? SOURCES : file.getParent())
                .toString()
                .replace('/', '.');
        Matcher imported = ownImport.matcher(Files.readString(file));
        while (imported.find()) {
          String target = imported.group(1);
          if (STAGES.indexOf(target) > STAGES.indexOf(stage)
              && STAGES.indexOf(stage) != STAGES.size() - 1) {
            upward.add(SOURCES.relativize(file) + " imports from " + target);
          }
        }
      }
    }
    assertEquals(List.of(), upward, "a stage imports only from the stages below it");
  }

  @Test
  void thePackagesFormNoCycle() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(PROCESSOR);
  }

  @Test
  void everyClassBelongsToAStage() {
    List<String> packages = new ArrayList<>();
    STAGES.forEach(stage -> packages.add(packageOf(stage)));
    classes()
        .should()
        .resideInAnyPackage(packages.toArray(String[]::new))
        .because(
            "every class belongs to one stage; a new package is a new stage, placed in "
                + ROOT
                + "'s package-info")
        .check(PROCESSOR);
  }

  @Test
  void onlyTheProcessorClassIsInTheRootPackage() {
    classes()
        .that()
        .resideInAPackage(ROOT)
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleName("GraphEnumProcessor")
        .orShould()
        .haveSimpleName("package-info")
        .check(PROCESSOR);
  }
}
