package io.github.graphenum.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import io.github.graphenum.processor.GraphEnumProcessor;
import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * javac with graphenum's processor, through compile-testing, and the assertions of what it reported
 * by the processor's catalogue of {@link Message}s: that a diagnostic of the message's kind was
 * reported, on which file and line.
 *
 * <pre>
 * Compilation compilation = Compile.compile(docs, spec);
 * Compile.assertReported(compilation, Message.DUPLICATE_MEMBER.onPage("color.md", 12, "red", 10, ""))
 *     .inFile(spec)
 *     .onLineContaining(Specs.GRAPH_ENUM);
 * </pre>
 */
public final class Compile {
  /** What every message of the processor starts with. */
  public static final String PREFIX = "[graphenum] ";

  private Compile() {}

  /** compile-testing's javac with a new graphenum processor and {@code options}. */
  public static Compiler javac(List<String> options) {
    return Compiler.javac().withProcessors(new GraphEnumProcessor()).withOptions(options);
  }

  /** Compiles {@code sources} with a new graphenum processor and {@code options}. */
  public static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac(options).compile(sources);
  }

  /** Compiles {@code sources} with a new graphenum processor and {@code docsRoot} as docs root. */
  public static Compilation compile(Path docsRoot, JavaFileObject... sources) {
    return compile(List.of(docs(docsRoot)), sources);
  }

  /** Compiles {@code sources} with a new graphenum processor and no options. */
  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /**
   * Runs the processor alone ({@code -proc:only}) over {@code sources}, with {@link InMemoryJavac},
   * which keeps what was generated even when the compilation failed (compile-testing does not).
   */
  public static InMemoryJavac.Result processOnly(List<String> options, JavaFileObject... sources) {
    return processOnly(new GraphEnumProcessor(), options, sources);
  }

  /**
   * {@link #processOnly(List, JavaFileObject...)} with {@code processor}, one built with its own
   * page reader, worker threads or budget of generated sources.
   */
  public static InMemoryJavac.Result processOnly(
      GraphEnumProcessor processor, List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(options);
    all.add("-proc:only");
    return InMemoryJavac.compile(List.of(sources), all, List.of(processor));
  }

  /**
   * Runs the processor alone over {@code sources}, as {@link #processOnly}, then compiles what it
   * generated alone, with every lint and doclint check as errors ({@link
   * InMemoryJavac#compileStrictly}); both are asserted to have reported nothing.
   *
   * @return the processing, with the classes of the strict compilation
   */
  public static InMemoryJavac.Result processStrictly(
      List<String> options, JavaFileObject... sources) {
    InMemoryJavac.Result processed = processOnly(options, sources);
    assertEquals(List.of(), messages(processed), "processing");
    InMemoryJavac.Result strict = InMemoryJavac.compileStrictly(processed.sources());
    assertEquals(List.of(), messages(strict), () -> "strict compilation of " + processed.sources());
    return new InMemoryJavac.Result(
        strict.success(),
        processed.diagnostics(),
        processed.sources(),
        strict.classes(),
        processed.resources());
  }

  private static List<String> messages(InMemoryJavac.Result result) {
    return result.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  /** The option that makes {@code roots} the docs roots: {@code -Agraphenum.docs=<roots>}. */
  public static String docs(Path... roots) {
    return "-Agraphenum.docs="
        + Arrays.stream(roots).map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * The classes and resources {@code compilation} wrote to its class output, to call the generated
   * code; the compilation is asserted to have succeeded.
   */
  public static GeneratedClasses classes(Compilation compilation) {
    assertThat(compilation).succeeded();
    String output = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    Map<String, byte[]> classes = new LinkedHashMap<>();
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (!path.startsWith(output)) {
        continue;
      }
      String relative = path.substring(output.length());
      try (InputStream in = file.openInputStream()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          classes.put(
              relative
                  .substring(0, relative.length() - JavaFileObject.Kind.CLASS.extension.length())
                  .replace('/', '.'),
              in.readAllBytes());
        } else {
          resources.put(relative, in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new GeneratedClasses(classes, resources);
  }

  /** The message as the user reads it: {@code [graphenum] color.md:12: member red is ...}. */
  public static String text(Diagnostic diagnostic) {
    return PREFIX + diagnostic.render();
  }

  /**
   * Asserts that {@code result}, a compilation by {@link InMemoryJavac} (such as {@link
   * #processOnly}), reported {@code expected}: as {@link #assertReported(Compilation, Diagnostic)},
   * a diagnostic of its kind whose text starts with its whole text.
   *
   * @return the diagnostic reported, to check the source file it is on
   */
  public static javax.tools.Diagnostic<? extends JavaFileObject> assertReported(
      InMemoryJavac.Result result, Diagnostic expected) {
    String text = text(expected);
    javax.tools.Diagnostic.Kind kind =
        expected.kind() == javax.tools.Diagnostic.Kind.MANDATORY_WARNING
            ? javax.tools.Diagnostic.Kind.WARNING
            : expected.kind();
    return result.diagnostics().stream()
        .filter(d -> d.getKind() == kind && d.getMessage(Locale.ROOT).startsWith(text))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no "
                        + kind
                        + " reported starting with\n  "
                        + text
                        + "\nbut: "
                        + result.messages(kind)));
  }

  /**
   * Asserts that {@code compilation} reported {@code expected}, worded, placed and of the kind the
   * catalogue says (made with {@link Message#at} or {@link Message#onPage}, and {@link
   * Diagnostic#asError()} where a setting makes it an error): the diagnostic's whole text, its page
   * and line first. A trailing {@code %s} the processor fills with more (a hint) may be given as
   * {@code ""}: the text is matched as a prefix of what was reported.
   */
  public static CompilationSubject.DiagnosticInFile assertReported(
      Compilation compilation, Diagnostic expected) {
    CompilationSubject subject = assertThat(compilation);
    String text = text(expected);
    return switch (expected.kind()) {
      case ERROR -> subject.hadErrorContaining(text);
      case WARNING, MANDATORY_WARNING -> subject.hadWarningContaining(text);
      case NOTE, OTHER -> subject.hadNoteContaining(text);
    };
  }
}
