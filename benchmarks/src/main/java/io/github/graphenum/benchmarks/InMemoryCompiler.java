package io.github.graphenum.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** javac in process, its output kept in memory, so that benchmarks measure compiling, not disks. */
public final class InMemoryCompiler {
  /**
   * What a compilation gave.
   *
   * @param errors how many errors javac reported
   * @param sources the generated sources, by class name
   * @param classFiles how many class files were written
   */
  public record Result(int errors, Map<String, String> sources, int classFiles) {}

  private InMemoryCompiler() {}

  /** A source file {@code className} holding {@code code}. */
  public static JavaFileObject source(String className, String code) {
    return new SimpleJavaFileObject(
        URI.create("mem:///" + className.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }

  /** Compiles {@code sources} with {@code options}, and {@code processor} when not null. */
  public static Result compile(
      List<JavaFileObject> sources, List<String> options, Processor processor) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, StringWriter> generated = new LinkedHashMap<>();
    Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of("-Xmaxerrs", "100000", "-Xmaxwarns", "100000", "-implicit:none"));
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
                return generated.get(className).toString();
              }

              @Override
              public OutputStream openOutputStream() {
                return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
              }
            };
          }

          /**
           * The processor's records of what each spec read are dropped: not part of what is
           * measured.
           */
          @Override
          public FileObject getFileForOutput(
              Location location, String packageName, String relativeName, FileObject sibling) {
            return new SimpleJavaFileObject(
                URI.create("mem:///" + relativeName), JavaFileObject.Kind.OTHER) {
              @Override
              public OutputStream openOutputStream() {
                return OutputStream.nullOutputStream(); // openWriter writes through it
              }
            };
          }
        }) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, all, null, sources);
      task.setProcessors(processor == null ? List.of() : List.of(processor));
      task.call();
      int errors =
          (int)
              diagnostics.getDiagnostics().stream()
                  .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                  .count();
      Map<String, String> text = new LinkedHashMap<>();
      generated.forEach((name, writer) -> text.put(name, writer.toString()));
      return new Result(errors, text, classes.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
