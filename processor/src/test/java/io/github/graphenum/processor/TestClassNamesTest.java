package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn verify} runs every test class of the project. Surefire runs only the classes its
 * includes name, by default (which no module changes) {@code Test*}, {@code *Test}, {@code *Tests}
 * and {@code *TestCase}, and passes over any other class without a word: the property tests named
 * {@code *Properties} never ran in a build. This reads the test sources of every module.
 */
class TestClassNamesTest {
  private static final Path PROJECT = Path.of("..");

  /** Surefire's default includes, as simple class names. */
  private static final Pattern RUN_BY_SUREFIRE =
      Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase");

  /** An annotation that makes a method a JUnit Jupiter test, on a line of its own. */
  private static final Pattern TEST_ANNOTATION =
      Pattern.compile(
          "^\\s*@(org\\.junit\\.jupiter\\.(api|params)\\.)?(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b",
          Pattern.MULTILINE);

  @Test
  void surefireRunsEveryClassThatHoldsTests() throws IOException {
    List<String> testClasses = new ArrayList<>();
    List<String> notRun = new ArrayList<>();
    for (Path source : testSources()) {
      if (TEST_ANNOTATION.matcher(Files.readString(source)).find()) {
        String name = source.getFileName().toString().replace(".java", "");
        testClasses.add(name);
        if (!RUN_BY_SUREFIRE.matcher(name).matches()) {
          notRun.add(PROJECT.relativize(source).toString());
        }
      }
    }
    assertTrue(
        testClasses.containsAll(
            List.of("TestClassNamesTest", "GoldenFilesTest", "GeneratedEnumsTest")),
        () ->
            "the test classes of every module, with each kind of test method, are found: "
                + testClasses);
    assertEquals(
        List.of(), notRun, "Surefire does not run these classes of tests: end their names in Test");
  }

  /** The Java files under {@code src/test/java} of every module. */
  private static List<Path> testSources() throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(PROJECT)) {
      for (Path root :
          modules
              .map(module -> module.resolve("src/test/java"))
              .filter(Files::isDirectory)
              .sorted()
              .toList()) {
        try (Stream<Path> files = Files.walk(root)) {
          files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(sources::add);
        }
      }
    }
    return sources;
  }
}
