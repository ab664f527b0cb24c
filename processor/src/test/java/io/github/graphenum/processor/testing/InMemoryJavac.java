package io.github.graphenum.processor.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * javac in memory, for the corpus tests and the benchmarks (which get it from this module's
 * test-jar): unlike compile-testing it keeps the generated sources of a compilation that failed
 * (some corpus specs fail on purpose), and it lifts javac's cap of 100 reported diagnostics. Class
 * files and resources stay in memory, for {@link GeneratedClasses}.
 */
public final class InMemoryJavac {
  /** The options generated code must pass: every lint, as errors, and every doclint check. */
  static final List<String> STRICT =
      List.of("-proc:none", "-Xlint:all", "-Werror", "-Xdoclint:all");

  /**
   * What one compilation gave.
   *
   * @param success whether javac reported no error
   * @param diagnostics everything javac and the processor reported
   * @param sources generated sources by qualified class name
   * @param classes class files by binary name
   * @param resources other files written to the class output (resource bundles), by path ({@code
   *     com/example/ColorDescriptions_pt_BR.properties})
   */
  public record Result(
      boolean success,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      Map<String, String> sources,
      Map<String, byte[]> classes,
      Map<String, byte[]> resources) {

    /** The text of each diagnostic of {@code kind}, in the order reported. */
    public List<String> messages(Diagnostic.Kind kind) {
      return diagnostics.stream()
          .filter(d -> d.getKind() == kind)
          .map(d -> d.getMessage(Locale.ROOT))
          .toList();
    }
  }

  private InMemoryJavac() {}

  /**
   * A source file {@code className} holding {@code code}; its bytes are UTF-8, for readers of its
   * lines (compile-testing's assertions on a line).
   */
  public static JavaFileObject source(String className, String code) {
    return new SimpleJavaFileObject(
        URI.create("mem:///" + className.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }

      @Override
      public InputStream openInputStream() {
        return new ByteArrayInputStream(code.getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  public static Result compile(
      List<JavaFileObject> sources, List<String> options, List<Processor> processors) {
    return compile(sources, options, processors, null);
  }

  /**
   * {@link #compile(List, List, List)}, with the class output named as the folder {@code
   * classOutput} on disk: what is written stays in memory, but a processor that asks where the
   * class output is (graphenum's records of build inputs, which live beside it) gets that folder.
   */
  public static Result compile(
      List<JavaFileObject> sources,
      List<String> options,
      List<Processor> processors,
      Path classOutput) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, StringWriter> generated = new LinkedHashMap<>();
    Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();
    Map<String, ByteArrayOutputStream> resources = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of("-Xmaxerrs", "100000", "-Xmaxwarns", "100000"));
    try (JavaFileManager files =
        new ForwardingJavaFileManager<>(javac.getStandardFileManager(diagnostics, null, null)) {
          @Override
          public JavaFileObject getJavaFileForOutput(
              Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            URI uri =
                URI.create(
                    "mem:///"
                        + location.getName()
                        + "/"
                        + className.replace('.', '/')
                        + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
              @Override
              public Writer openWriter() {
                return generated.computeIfAbsent(className, n -> new StringWriter());
              }

              @Override
              public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return generated.get(className).toString(); // read back in the next round
              }

              @Override
              public OutputStream openOutputStream() {
                return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
              }
            };
          }

          /** Resources (bundles of translations, records of what each spec read), kept by path. */
          @Override
          public FileObject getFileForOutput(
              Location location, String packageName, String relativeName, FileObject sibling) {
            String path =
                (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + relativeName;
            URI uri =
                classOutput != null && location == StandardLocation.CLASS_OUTPUT
                    ? classOutput.resolve(path).toUri()
                    : URI.create("mem:///" + location.getName() + "/" + path);
            return new SimpleJavaFileObject(uri, JavaFileObject.Kind.OTHER) {
              @Override
              public OutputStream openOutputStream() {
                return resources.computeIfAbsent(path, n -> new ByteArrayOutputStream());
              }
            };
          }

          @Override
          public boolean hasLocation(Location location) {
            return location != StandardLocation.ANNOTATION_PROCESSOR_PATH
                && super.hasLocation(location);
          }
        }) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, all, null, sources);
      task.setProcessors(processors);
      boolean success = task.call();
      Map<String, String> sourceText = new LinkedHashMap<>();
      generated.forEach((name, text) -> sourceText.put(name, text.toString()));
      Map<String, byte[]> classBytes = new LinkedHashMap<>();
      classes.forEach((name, bytes) -> classBytes.put(name, bytes.toByteArray()));
      Map<String, byte[]> resourceBytes = new LinkedHashMap<>();
      resources.forEach((path, bytes) -> resourceBytes.put(path, bytes.toByteArray()));
      return new Result(
          success, diagnostics.getDiagnostics(), sourceText, classBytes, resourceBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the javadoc tool with {@code -Xdoclint:all} over {@code sources}, writing the HTML to
   * {@code out}.
   *
   * @return the warnings and errors it reported
   */
  public static List<Diagnostic<? extends JavaFileObject>> javadoc(
      Map<String, String> sources, Path out) {
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach((name, code) -> files.add(source(name, code)));
    List<String> options =
        List.of("-Xdoclint:all", "-quiet", "-d", out.toString(), "-Xmaxwarns", "100000");
    try (StandardJavaFileManager fileManager =
        javadoc.getStandardFileManager(diagnostics, null, null)) {
      javadoc.getTask(null, fileManager, diagnostics, null, options, files).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .toList();
  }

  /** Compiles generated sources alone, with {@link #STRICT}. */
  public static Result compileStrictly(Map<String, String> sources) {
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach((name, code) -> files.add(source(name, code)));
    return compile(files, STRICT, List.of());
  }
}
