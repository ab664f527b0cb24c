package io.github.graphenum.processor;

import static io.github.graphenum.processor.testing.Compile.assertReported;
import static io.github.graphenum.processor.testing.Compile.classes;
import static io.github.graphenum.processor.testing.Compile.compile;
import static io.github.graphenum.processor.testing.Compile.processOnly;
import static io.github.graphenum.processor.testing.Compile.processStrictly;
import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static io.github.graphenum.processor.testing.Specs.graphEnums;
import static io.github.graphenum.processor.testing.Specs.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import io.github.graphenum.processor.testing.Specs;
import io.github.graphenum.processor.testing.TypeReferences;
import io.github.graphenum.processor.validation.EnumValidator;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names that the generated code uses itself (with every option: Jackson's and Gson's too), given to
 * the generated enum (as its class name, or a constant's through {@code rename}): it still compiles
 * with every lint and doclint check as errors and still behaves, or the name is refused with an
 * error saying why.
 */
class GeneratedNamesTest {
  /** An evolvable flags enum: every part of the generated code, and values from 0 to 4. */
  private static final String TABLE =
      "|Member|Value|\n|-|-|\n|none|0|\n|read|1|\n|write|2|\n|unknownFutureValue|4|\n";

  /** The spec {@code names.S} of {@link #TABLE}, a flags enum; each test names its enum. */
  private static final Specs.Builder SPEC =
      graphEnum("S").inPackage("names").table(TABLE).flags(true);

  /** Every option: the Jackson annotations and the Gson adapters, whose names count too. */
  private static final List<String> WITH_EVERY_OPTION =
      List.of("-Agraphenum.jackson=true", "-Agraphenum.gson=true");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "String",
        "Integer",
        "StringBuilder",
        "IllegalArgumentException",
        "NullPointerException",
        "Objects",
        "Optional",
        "Arrays",
        "EnumSet",
        "Set",
        "Abstract",
        "AbstractSet",
        "Iterator",
        "NoSuchElementException",
        "Collection",
        "Collections",
        "List",
        "ArrayList",
        "Iterable",
        "Override",
        "IOException",
        "JsonValue",
        "JsonCreator",
        "JsonEnumDefaultValue",
        "JsonAdapter",
        "TypeAdapter",
        "JsonReader",
        "JsonWriter",
        "JsonToken",
        "JsonSyntaxException",
        "GsonAdapter"
      })
  void aClassNamedLikeATypeTheCodeUsesCompilesAndWorks(String className, @TempDir Path javadocOut)
      throws Throwable {
    InMemoryJavac.Result generated =
        processStrictly(WITH_EVERY_OPTION, SPEC.className(className).source());
    Class<?> type = GeneratedClasses.of(generated).type("names." + className);
    Object write = GeneratedClasses.callStatic(type, "fromMemberName", String.class, "write");
    assertEquals(2, GeneratedClasses.call(write, "value"));
    assertEquals(
        "read,write",
        GeneratedClasses.callStatic(
            type,
            "formatMemberNames",
            Set.class,
            GeneratedClasses.callStatic(type, "fromMask", int.class, 3)));
    assertEquals(
        "unknownFutureValue",
        GeneratedClasses.call(
            GeneratedClasses.callStatic(type, "fromMemberNameOrUnknown", String.class, "later"),
            "memberName"));
    assertEquals(
        List.of(),
        InMemoryJavac.javadoc(generated.sources(), javadocOut).stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .toList());
  }

  /**
   * A class of the package shadows {@code java.lang} wherever a simple name stands unimported: an
   * enum named {@code String} or {@code Override} of a {@code @GraphEnums} folder broke the flags
   * set, the index and the adapters beside it. The names checked are those the generated files use,
   * as javac resolves them in a package with every kind of generated file and every option; an enum
   * of each then stands beside those files, and everything compiles with every lint and doclint
   * check as errors, and passes javadoc.
   */
  @Test
  void enumsNamedLikeEveryJavaLangTypeTheCodeUsesLeaveTheirPackageCompiling(
      @TempDir Path docs, @TempDir Path portuguese, @TempDir Path javadocOut) {
    writePage(
        docs,
        portuguese,
        "access",
        "|none|0|Nothing.|\n|read|1|Read.|\n|write|2|Write.|\n|unknownFutureValue|4|Sentinel.|\n");
    writePage(docs, portuguese, "sparse", "|a|1|A.|\n|b|1000000|B.|\n|c|-7|C.|\n");
    page(
        docs,
        "resources/size.md",
        "# size enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Description|\n"
            + "|-|-|\n"
            + "|small|Small.|\n"
            + "|unknownFutureValue|Sentinel.|\n");
    Map<String, String> everyKind = generateFolder(docs, portuguese);
    TypeReferences references = TypeReferences.of(everyKind);
    assertEquals(
        List.of(),
        references.importsNoCodeUses(),
        "an import that only Javadoc uses: write the name in full there");
    Set<String> used = references.javaLangNames();
    assertTrue(
        used.containsAll(
            List.of(
                "String",
                "Integer",
                "StringBuilder",
                "IllegalArgumentException",
                "NullPointerException",
                "Override",
                "Iterable",
                "Object",
                "Class",
                "Enum")),
        used.toString());

    for (String name : used) {
      writePage(
          docs,
          portuguese,
          Character.toLowerCase(name.charAt(0)) + name.substring(1),
          "|a|0|A.|\n|b|1|B.|\n");
    }
    Map<String, String> sources = generateFolder(docs, portuguese);
    assertTrue(
        sources.keySet().containsAll(used.stream().map(name -> "names." + name).toList()),
        sources.keySet().toString());
    assertTrue(
        sources.keySet().containsAll(List.of("names.AccessSet", "names.GraphEnumIndex")),
        sources.keySet().toString());
    InMemoryJavac.Result strict = InMemoryJavac.compileStrictly(sources);
    assertEquals(
        List.of(),
        strict.diagnostics().stream()
            .map(
                d ->
                    d.getSource().getName()
                        + ":"
                        + d.getLineNumber()
                        + ": "
                        + d.getMessage(Locale.ROOT))
            .toList());
    assertEquals(
        List.of(),
        InMemoryJavac.javadoc(sources, javadocOut).stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .toList());
  }

  /** A page of the enum {@code name} in {@code docs/resources}, and its Portuguese page. */
  private static void writePage(Path docs, Path portuguese, String name, String rows) {
    String header = "\n\nNamespace: microsoft.graph\n\n|Member|Value|Description|\n|-|-|-|\n";
    page(docs, "resources/" + name + ".md", "# " + name + " enum type" + header + rows);
    page(
        portuguese,
        "resources/" + name + ".md",
        "# tipo de enumeração " + name + header + rows.replace(".|", " (pt).|"));
  }

  /** The folder {@code docs/resources} in {@code names}, {@code access} a flags enum. */
  private static final JavaFileObject FOLDER =
      graphEnums("Enums").inPackage("names").folder("resources").flags("access").source();

  /** The sources {@link #FOLDER} generates with every option; no warning. */
  private static Map<String, String> generateFolder(Path docs, Path portuguese) {
    List<String> options = new ArrayList<>(WITH_EVERY_OPTION);
    options.addAll(List.of(Compile.docs(docs), "-Agraphenum.translations=pt-BR=" + portuguese));
    InMemoryJavac.Result generated = processOnly(options, FOLDER);
    assertEquals(
        List.of(),
        generated.diagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
            .distinct()
            .toList());
    return generated.sources();
  }

  @Test
  void constantsNamedLikeTypesAndLocalsOfTheCodeStillWork() throws Throwable {
    // Objects and Optional would shadow the types of Objects.requireNonNull and Optional.empty();
    // member and constant are locals of the methods that name the empty member and the sentinel.
    Class<?> type =
        GeneratedClasses.of(
                processStrictly(
                    WITH_EVERY_OPTION,
                    SPEC.className("Access")
                        .rename(
                            "none=member",
                            "read=Objects",
                            "write=Optional",
                            "unknownFutureValue=constant")
                        .source()))
            .type("names.Access");
    assertEquals(
        List.of("member", "Objects", "Optional", "constant"),
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    Object none = GeneratedClasses.callStatic(type, "fromMask", int.class, 0);
    assertEquals(
        "none",
        GeneratedClasses.callStatic(type, "formatMemberNames", Set.class, none),
        "the empty member, not a local");
    assertEquals(
        Set.of(), GeneratedClasses.callStatic(type, "parseMemberNames", String.class, "none"));
    assertEquals(
        "constant",
        ((Enum<?>)
                GeneratedClasses.callStatic(type, "fromMemberNameOrUnknown", String.class, "later"))
            .name(),
        "the sentinel, not the local");
    Optional<?> read =
        (Optional<?>) GeneratedClasses.callStatic(type, "findByMemberName", String.class, "read");
    assertEquals("Objects", ((Enum<?>) read.orElseThrow()).name());
  }

  @Test
  void aConstantMayNotTakeAFieldNameOfTheGeneratedEnumOrItsClassName() {
    for (String name : List.of("value", "memberName", "found", "byValue", "Access")) {
      JavaFileObject spec =
          graphEnum("S")
              .inPackage("names")
              .table(TABLE)
              .className("Access")
              .rename("read=" + name)
              .source();
      assertReported(compile(spec), Message.RENAME_RESERVED.at("read", name))
          .inFile(spec)
          .onLineContaining("table = ");
    }
  }

  @Test
  void aDollarSignIsRefusedInAConstantName() {
    assertReported(
        processOnly(List.of(), SPEC.rename("read=$VALUES").source()),
        Message.RENAME_NOT_IDENTIFIER.at("read", "$VALUES"));
  }

  /** The list the validator keeps is every field a generated enum declares, whatever its shape. */
  @Test
  void theReservedFieldNamesAreTheGeneratedEnumsFields() {
    Set<String> fields = new TreeSet<>();
    fields.addAll(
        declaredFields(
            GeneratedClasses.of(
                    processStrictly(WITH_EVERY_OPTION, SPEC.className("Dense").source()))
                .type("names.Dense")));
    JavaFileObject sparse =
        graphEnum("T")
            .inPackage("names")
            .className("Sparse")
            .flags(false)
            .table("|Member|Value|\n|-|-|\n|a|1|\n|b|1000000|\n|c|-7|\n")
            .source();
    fields.addAll(declaredFields(classes(compile(sparse)).type("names.Sparse")));
    assertEquals(new TreeSet<>(EnumValidator.GENERATED_FIELDS), fields);
  }

  private static Set<String> declaredFields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> !f.isEnumConstant() && !f.isSynthetic())
        .map(Field::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
