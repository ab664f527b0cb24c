package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor where a build tool or IDE wraps javac's processing environment, as Gradle's
 * incremental processing and IntelliJ do: javac's tree API is then out of reach. The spec's folder
 * is found through {@code Elements.getFileObjectOf} from JDK 18 on; what cannot work the same (the
 * spec's folder on JDK 17, source lines of tables in the spec) is said in the messages.
 */
class WrappedEnvironmentTest {
  @TempDir Path sources;

  /** Hands GraphEnumProcessor a processing environment that only forwards, like a build tool's. */
  private static final class Wrapping extends AbstractProcessor {
    private final GraphEnumProcessor processor = new GraphEnumProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      processor.init(
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, args) -> {
                    try {
                      return method.invoke(env, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  }));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }
  }

  private JavaFileObject specOnDisk(String name, String... lines) throws IOException {
    Path file = sources.resolve("test/" + name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    return JavaFileObjects.forResource(file.toUri().toURL());
  }

  @Test
  void theSpecsFolderIsFoundThroughElementsFromJdk18AndNamedInTheMessageBefore()
      throws IOException {
    Files.createDirectories(sources.resolve("test"));
    Files.writeString(
        sources.resolve("test/color.md"), "# color enum type\n\n|Member|\n|-|\n|red|\n");
    JavaFileObject spec =
        specOnDisk(
            "ColorSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(doc = \"color.md\")",
            "interface ColorSpec {}");
    assertThat(javac().withProcessors(new GraphEnumProcessor()).compile(spec))
        .succeededWithoutWarnings();
    Compilation wrapped = javac().withProcessors(new Wrapping()).compile(spec);
    if (Runtime.version().feature() >= 18) {
      // Elements.getFileObjectOf, which the wrapper forwards to javac's Elements, names the file.
      assertThat(wrapped).succeededWithoutWarnings();
      assertThat(wrapped).generatedSourceFile("test.Color").isNotNull();
    } else {
      assertThat(wrapped)
          .hadErrorContaining(
              "doc page color.md not found; tried: nowhere; -Agraphenum.docs is not set (the docs"
                  + " roots); the spec's own folder could not be searched: this compiler gives"
                  + " processors neither javac's tree API (Gradle's incremental processing and"
                  + " IntelliJ IDEA wrap javac's processing environment) nor, before JDK 18,"
                  + " Elements.getFileObjectOf")
          .inFile(spec)
          .onLineContaining("doc = \"color.md\"");
    }
  }

  @Test
  void aTableInTheSpecIsNamedByWhatItIsAndItsLineQuotedWhenItsLinesAreUnknown() throws IOException {
    JavaFileObject spec =
        specOnDisk(
            "SizeSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(table = \"|Member|Value|\\n"
                + "|-|-|\\n"
                + "|small|0|\\n"
                + "|large|zero|\")",
            "interface SizeSpec {}");
    assertThat(javac().withProcessors(new GraphEnumProcessor()).compile(spec))
        .hadErrorContaining(
            "SizeSpec.java:2: value 'zero' of member large is not an integer"); // the row's line:
    // one literal
    assertThat(javac().withProcessors(new Wrapping()).compile(spec))
        .hadErrorContaining(
            "the table of SizeSpec, line 4 (|large|zero|): value 'zero' of member large is not an"
                + " integer")
        .inFile(spec)
        .onLineContaining("table = ");
  }
}
