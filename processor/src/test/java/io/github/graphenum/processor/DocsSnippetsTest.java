package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.testing.DocPages;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java a user copies from the docs compiles under the README project's settings and runs.
 *
 * <p>The blocks marked {@code <!-- compiled -->} (or {@code <!-- compiled: -Akey=value ... -->}) of
 * one page, and the Java files its {@code <!-- file: PATH -->} blocks show, are one compilation, as
 * one module's sources: javac with the processor, {@code --release 8 -Xlint:all,-options -Werror}
 * as in the README's {@code pom.xml}, {@code -Agraphenum.docs=example/docs}, and the options of the
 * page's markers, where {@code {example}} stands for the {@code example} folder. A block that
 * declares types is a source file, in package {@code com.example} unless it names one; any other
 * block is statements, after its leading {@code import} lines, and runs as the body of a method. A
 * {@code main} of the page runs too, and prints what the page's {@code <!-- output -->} block
 * shows.
 */
class DocsSnippetsTest {
  /** How a Java block of a page may be checked; every Java block has one of these markers. */
  private static final Set<String> JAVA_MARKERS =
      Set.of("compiled", "file", "golden", "golden-file");

  /**
   * The pages with compiled blocks, and how many they have at least; lower a count only on purpose.
   */
  private static final Map<String, Integer> COMPILED =
      Map.of(
          "README.md", 1,
          "docs/annotation.md", 3,
          "docs/naming.md", 1,
          "docs/evolvable-and-flags.md", 4,
          "docs/json.md", 4,
          "docs/kiota.md", 4,
          "docs/translations.md", 2,
          "docs/folders.md", 2);

  /** The README project's compiler settings (its {@code pom.xml}). */
  private static final List<String> README_SETTINGS =
      List.of("--release", "8", "-Xlint:all,-options", "-Werror");

  private static final String EXAMPLE =
      DocPages.ROOT.resolve("example").toAbsolutePath().normalize().toString();

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern TYPE =
      Pattern.compile(
          "(?m)^(?:(?:public|final|abstract)\\s+)*(?:class|interface|enum|@interface)\\s+(\\w+)");
  private static final Pattern DECLARATION_START =
      Pattern.compile("^(?:@|/\\*|(?:public|final|abstract|class|interface|enum)\\b).*");

  @Test
  void everyJavaBlockIsChecked() {
    List<String> unchecked =
        DocPages.allBlocks().stream()
            .filter(
                block -> block.language().equals("java") && !JAVA_MARKERS.contains(block.marker()))
            .map(DocPages.Block::where)
            .toList();
    assertEquals(
        List.of(),
        unchecked,
        "Java blocks without a marker saying how they are checked (" + JAVA_MARKERS + ")");
  }

  @Test
  void everyPageKeepsItsCompiledBlocks() {
    Map<String, Long> found =
        DocPages.allBlocks().stream()
            .filter(b -> b.marker().equals("compiled"))
            .collect(
                Collectors.groupingBy(DocPages.Block::page, TreeMap::new, Collectors.counting()));
    COMPILED.forEach(
        (page, least) ->
            assertTrue(
                found.getOrDefault(page, 0L) >= least,
                page
                    + " has "
                    + found.getOrDefault(page, 0L)
                    + " compiled blocks, fewer than the "
                    + least
                    + " it had"));
  }

  @Test
  void theReadmesOptionsTableNamesEveryOption() {
    String readme = DocPages.read("README.md");
    for (String option : new GraphEnumProcessor().getSupportedOptions()) {
      assertTrue(
          readme.contains("\n| `" + option + "` |"),
          "README.md's options table has a row for " + option);
    }
  }

  @TestFactory
  Stream<DynamicTest> theCompiledBlocksOfEachPageCompileAndRun() {
    Map<String, List<DocPages.Block>> byPage = new LinkedHashMap<>();
    for (DocPages.Block block : DocPages.allBlocks()) {
      byPage.computeIfAbsent(block.page(), p -> new ArrayList<>()).add(block);
    }
    return byPage.entrySet().stream()
        .filter(page -> page.getValue().stream().anyMatch(b -> b.marker().equals("compiled")))
        .map(page -> DynamicTest.dynamicTest(page.getKey(), () -> compileAndRun(page.getValue())));
  }

  /**
   * One page's compilation, its statements run and its {@code main} compared with its output block.
   */
  private static void compileAndRun(List<DocPages.Block> blocks) throws Exception {
    Set<String> options = new LinkedHashSet<>(README_SETTINGS);
    options.add("-Agraphenum.docs=" + EXAMPLE + "/docs");
    List<JavaFileObject> sources = new ArrayList<>();
    List<String> statementClasses = new ArrayList<>();
    String mainClass = null;
    String output = null;
    for (DocPages.Block block : blocks) {
      if (block.marker().equals("output")) {
        output = block.content();
      } else if (block.marker().equals("file") && block.argument().endsWith(".java")) {
        sources.add(unit(block.content()));
      } else if (block.marker().equals("compiled")) {
        for (String option : block.argument().split("\\s+")) {
          if (!option.isEmpty()) {
            options.add(option.replace("{example}", EXAMPLE));
          }
        }
        if (isDeclaration(block.content())) {
          sources.add(unit(block.content()));
          if (block.content().contains("public static void main(String[] args)")) {
            mainClass = qualifiedName(block.content());
          }
        } else {
          String className = "com.example.Statements" + block.line();
          sources.add(statements(className, block.content()));
          statementClasses.add(className);
        }
      }
    }
    InMemoryJavac.Result result =
        InMemoryJavac.compile(sources, List.copyOf(options), List.of(new GraphEnumProcessor()));
    List<String> problems =
        result.diagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(d -> d.getKind() + ": " + d.getMessage(null))
            .toList();
    String page = blocks.get(0).page();
    assertTrue(
        result.success() && problems.isEmpty(),
        page
            + ": its compiled blocks do not compile cleanly with "
            + options
            + ":\n"
            + String.join("\n", problems));
    GeneratedClasses classes = GeneratedClasses.of(result);
    for (String className : statementClasses) {
      run(classes.loadClass(className).getMethod("run"), null);
    }
    if (output != null) {
      assertTrue(mainClass != null, page + " shows an output but no main");
      assertEquals(
          output,
          run(
              classes.loadClass(mainClass).getMethod("main", String[].class),
              (Object) new String[0]),
          page + ": what its main prints");
    }
  }

  /**
   * Whether a block declares types (is a source file), once its package and imports are set aside.
   */
  private static boolean isDeclaration(String code) {
    for (String line : code.split("\n")) {
      String stripped = line.strip();
      if (stripped.isEmpty()
          || stripped.startsWith("//")
          || stripped.startsWith("import ")
          || stripped.startsWith("package ")) {
        continue;
      }
      return DECLARATION_START.matcher(stripped).matches();
    }
    return false;
  }

  /**
   * A block that declares types as a source file, in package {@code com.example} unless it names
   * one.
   */
  private static JavaFileObject unit(String code) {
    String source = PACKAGE.matcher(code).find() ? code : "package com.example;\n\n" + code;
    return InMemoryJavac.source(qualifiedName(source), source);
  }

  /** The name of a source file's first top-level type, or its package's {@code package-info}. */
  private static String qualifiedName(String code) {
    Matcher pkg = PACKAGE.matcher(code);
    String packageName = pkg.find() ? pkg.group(1) : "com.example";
    Matcher type = TYPE.matcher(code);
    return packageName + "." + (type.find() ? type.group(1) : "package-info");
  }

  /** Statements, after their leading {@code import} lines, as the body of {@code run()}. */
  private static JavaFileObject statements(String className, String code) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    boolean leading = true;
    for (String line : code.split("\n", -1)) {
      if (leading && (line.startsWith("import ") || line.isBlank())) {
        imports.append(line).append('\n');
      } else {
        leading = false;
        body.append("        ").append(line).append('\n');
      }
    }
    String simpleName = className.substring(className.lastIndexOf('.') + 1);
    String source =
        "package com.example;\n\n"
            + imports
            + "\npublic final class "
            + simpleName
            + " {\n    private "
            + simpleName
            + "() {}\n\n"
            + "    public static void run() throws Exception {\n"
            + body
            + "    }\n}\n";
    return InMemoryJavac.source(className, source);
  }

  /** Calls a static method, and returns what it printed. */
  private static synchronized String run(Method method, Object argument) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      method.invoke(null, argument == null ? new Object[0] : new Object[] {argument});
    } catch (InvocationTargetException e) {
      throw new AssertionError(method.getDeclaringClass().getName() + " failed", e.getCause());
    } finally {
      System.setOut(out);
    }
    return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
