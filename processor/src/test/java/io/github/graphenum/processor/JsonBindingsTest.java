package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.inputs.InputHashes;
import io.github.graphenum.processor.pipeline.BuildSetup;
import io.github.graphenum.processor.render.json.JsonBinding;
import io.github.graphenum.processor.render.json.JsonBindings;
import io.github.graphenum.processor.spec.Options;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The list of JSON bindings ({@link JsonBindings#ALL}) drives the processor: for every binding, its
 * option is one the processor supports and reads, its annotations are claimed with the option on
 * and not without it, its library is looked up when the option is on (and its absence is an error
 * naming the option and the dependency), and the option counts in the build records. A binding
 * added to the list is held to all of this with no change here.
 */
class JsonBindingsTest {

  @Test
  void eachBindingHasAnOptionOfItsOwn() {
    List<String> keys = new ArrayList<>();
    for (JsonBinding binding : JsonBindings.ALL) {
      String key = binding.optionKey();
      assertTrue(!keys.contains(key), key + " is the option of two bindings");
      assertTrue(key.startsWith("graphenum."), key);
      assertTrue(SourceVersion.isIdentifier(key.substring("graphenum.".length())), key);
      keys.add(key);
    }
    assertEquals(keys, JsonBindings.OPTION_KEYS);
  }

  @TestFactory
  Stream<DynamicTest> eachBindingsOptionIsSupportedAndSwitchesOnThatBindingAlone() {
    Set<String> supported = new GraphEnumProcessor().getSupportedOptions();
    return eachBinding(
        binding -> {
          assertTrue(supported.contains(binding.optionKey()), supported.toString());
          Options on = Options.read(Map.of(binding.optionKey(), "TRUE"), JsonBindings.OPTION_KEYS);
          assertEquals(List.of(), on.problems());
          assertEquals(List.of(binding), JsonBindings.enabledBy(on));
          Options off =
              Options.read(Map.of(binding.optionKey(), "false"), JsonBindings.OPTION_KEYS);
          assertEquals(List.of(), JsonBindings.enabledBy(off));
          Options unclear =
              Options.read(Map.of(binding.optionKey(), "yes"), JsonBindings.OPTION_KEYS);
          assertEquals(
              List.of(Message.OPTION_NOT_BOOLEAN.at(binding.optionKey(), "yes")),
              unclear.problems());
          assertEquals(List.of(), JsonBindings.enabledBy(unclear));
        });
  }

  /**
   * The annotations are real ones of the library, which is on the processor's test class path: a
   * misspelt name would be claimed in vain.
   */
  @TestFactory
  Stream<DynamicTest> eachBindingsAnnotationsAndProbeClassAreTheLibrarys() {
    return eachBinding(
        binding -> {
          Class.forName(binding.library().probeClass());
          for (String annotation : binding.annotations()) {
            assertTrue(Class.forName(annotation).isAnnotation(), annotation);
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> eachBindingsAnnotationsAreClaimedOnlyWithItsOptionOn() {
    Set<String> withNone = claimedAnnotations();
    return eachBinding(
        binding -> {
          Set<String> withIt = claimedAnnotations("-A" + binding.optionKey() + "=true");
          assertTrue(withIt.containsAll(binding.annotations()), withIt.toString());
          for (String annotation : binding.annotations()) {
            assertTrue(!withNone.contains(annotation), annotation + " is claimed with no option");
          }
        });
  }

  /** What the processor claims after a compilation with {@code options}. */
  private static Set<String> claimedAnnotations(String... options) {
    GraphEnumProcessor processor = new GraphEnumProcessor();
    assertThat(
            javac()
                .withProcessors(processor)
                .withOptions((Object[]) options)
                .compile(
                    JavaFileObjects.forSourceString("test.Plain", "package test; class Plain {}")))
        .succeeded();
    return processor.getSupportedAnnotationTypes();
  }

  /**
   * Every binding switched on, and a class path without any library: one error per binding, in the
   * order of the list, naming its option and the dependency to add; with exactly the probe classes
   * on the class path, none.
   */
  @Test
  void eachBindingSwitchedOnChecksTheClassPathForItsLibrary() {
    Map<String, String> allOn = new LinkedHashMap<>();
    JsonBindings.OPTION_KEYS.forEach(key -> allOn.put(key, "true"));
    Options options = Options.read(allOn, JsonBindings.OPTION_KEYS);

    List<Diagnostic> problems =
        BuildSetup.check(options, elementsKnowing(Set.of()), (file, bytes) -> {}).diagnostics();
    List<Diagnostic> expected = new ArrayList<>();
    for (JsonBinding binding : JsonBindings.ALL) {
      Diagnostic missing = binding.missingLibrary();
      assertEquals(Message.JSON_LIBRARY_MISSING, missing.message());
      assertTrue(
          missing
              .text()
              .startsWith(binding.optionKey() + "=true needs " + binding.library().name() + " "),
          missing.text());
      assertTrue(
          missing.text().endsWith("add the dependency " + binding.library().dependency()),
          missing.text());
      expected.add(missing);
    }
    assertEquals(expected, problems);

    Set<String> probes = new HashSet<>();
    JsonBindings.ALL.forEach(binding -> probes.add(binding.library().probeClass()));
    assertEquals(
        List.of(),
        BuildSetup.check(options, elementsKnowing(probes), (file, bytes) -> {}).diagnostics());
  }

  /** An option switched on changes the records' options hash; switched off, it is as absent. */
  @TestFactory
  Stream<DynamicTest> eachBindingsOptionCountsInTheBuildRecords() {
    String none = InputHashes.optionsHash(Map.of(), null);
    return eachBinding(
        binding -> {
          assertNotEquals(none, InputHashes.optionsHash(Map.of(binding.optionKey(), "true"), null));
          assertEquals(none, InputHashes.optionsHash(Map.of(binding.optionKey(), "false"), null));
        });
  }

  @FunctionalInterface
  private interface BindingCheck {
    void check(JsonBinding binding) throws Exception;
  }

  private static Stream<DynamicTest> eachBinding(BindingCheck check) {
    return JsonBindings.ALL.stream()
        .map(binding -> DynamicTest.dynamicTest(binding.optionKey(), () -> check.check(binding)));
  }

  /**
   * The {@link Elements} of a class path that holds the classes {@code known}, and nothing else.
   */
  private static Elements elementsKnowing(Set<String> known) {
    TypeElement found =
        (TypeElement)
            Proxy.newProxyInstance(
                JsonBindingsTest.class.getClassLoader(),
                new Class<?>[] {TypeElement.class},
                (proxy, method, args) -> {
                  throw new UnsupportedOperationException(method.getName());
                });
    return (Elements)
        Proxy.newProxyInstance(
            JsonBindingsTest.class.getClassLoader(),
            new Class<?>[] {Elements.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getTypeElement")) {
                return known.contains(args[0].toString()) ? found : null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
