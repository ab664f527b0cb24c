package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The member type of an evolvable enum, {@code <Enum>Member}, called as a user calls it: a member
 * the enum knows is its one cached instance, a member added later keeps its name, equality is by
 * name; generated only for evolvable enums, with the JSON annotations only with their option.
 */
class MemberTypeTest {
  /** Graph's onlineMeetingRole: {@code producer} comes after the sentinel. */
  private static final JavaFileObject ROLES =
      JavaFileObjects.forSourceLines(
          "test.RolesSpec",
          "package test;",
          // No text block: compilesWithEveryLintAtJava8 compiles the spec at Java 8.
          "@io.github.graphenum.GraphEnum(name = \"onlineMeetingRole\", className = \"Roles\","
              + " table =",
          "    \"|Member|Value|\\n|-|-|\\n|attendee|0|\\n|presenter|1|\\n\"",
          "    + \"|unknownFutureValue|2|\\n|producer|3|\\n\")",
          "interface RolesSpec {}");

  private static GeneratedClasses generate(JavaFileObject spec, String... options) {
    InMemoryJavac.Result result =
        InMemoryJavac.compile(List.of(spec), List.of(options), List.of(new GraphEnumProcessor()));
    assertTrue(result.success(), () -> result.diagnostics().toString());
    return GeneratedClasses.of(result);
  }

  private static final GeneratedClasses PLAIN = generate(ROLES);
  private static final Class<?> MEMBER = PLAIN.type("test.RolesMember");

  /** attendee, presenter, unknownFutureValue, producer. */
  private static final Object[] ROLE = PLAIN.constants("test.Roles");

  private static Object parse(String memberName) throws Throwable {
    return GeneratedClasses.callStatic(MEMBER, "parse", String.class, memberName);
  }

  private static Object of(Object constant) throws Throwable {
    return GeneratedClasses.callStatic(MEMBER, "of", ROLE.getClass().getComponentType(), constant);
  }

  @Test
  void aMemberTheEnumKnowsIsItsOneInstance() throws Throwable {
    for (Object constant : ROLE) {
      Object member = of(constant);
      String name = (String) GeneratedClasses.call(constant, "memberName");
      assertSame(member, parse(name), name);
      assertSame(member, of(constant), name);
      assertEquals(name, GeneratedClasses.call(member, "memberName"));
      assertEquals(name, member.toString());
      assertEquals(Optional.of(constant), GeneratedClasses.call(member, "known"));
      assertSame(constant, GeneratedClasses.call(member, "orUnknown"));
    }
    assertEquals(
        Optional.of(ROLE[2]),
        GeneratedClasses.call(parse("unknownFutureValue"), "known"),
        "the sentinel is a member the enum knows");
  }

  @Test
  void aMemberAddedLaterKeepsItsNameAndIsEqualByName() throws Throwable {
    Object later = parse("coorganizer");
    assertEquals("coorganizer", GeneratedClasses.call(later, "memberName"));
    assertEquals("coorganizer", later.toString());
    assertEquals(Optional.empty(), GeneratedClasses.call(later, "known"));
    assertSame(ROLE[2], GeneratedClasses.call(later, "orUnknown"));
    Object again = parse("coorganizer");
    assertNotSame(later, again);
    assertEquals(later, again);
    assertEquals(later.hashCode(), again.hashCode());
    assertEquals("coorganizer".hashCode(), later.hashCode());
    assertNotEquals(later, parse("Coorganizer"));
    assertNotEquals(later, of(ROLE[2]), "unknownFutureValue is a name of its own");
    assertNotEquals(later, "coorganizer");
    Object caseDiffers = parse("Attendee");
    assertEquals(Optional.empty(), GeneratedClasses.call(caseDiffers, "known"), "case-sensitive");
    assertEquals("Attendee", GeneratedClasses.call(caseDiffers, "memberName"));
    assertEquals("", GeneratedClasses.call(parse(""), "memberName"), "kept as received");
  }

  @Test
  void nullIsRefusedNamingTheParameter() {
    NullPointerException name = assertThrows(NullPointerException.class, () -> parse(null));
    assertEquals("memberName", name.getMessage());
    NullPointerException constant = assertThrows(NullPointerException.class, () -> of(null));
    assertEquals("constant", constant.getMessage());
  }

  @Test
  void onlyAnEvolvableEnumHasAMemberType() {
    InMemoryJavac.Result plain =
        InMemoryJavac.compile(
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.ColorSpec",
                    "package test;",
                    "@io.github.graphenum.GraphEnum(name = \"color\", table = \"\"\"",
                    "    |Member|Value|",
                    "    |-|-|",
                    "    |red|0|",
                    "    |blue|1|",
                    "    \"\"\")",
                    "interface ColorSpec {}")),
            List.of(),
            List.of(new GraphEnumProcessor()));
    assertTrue(plain.success(), () -> plain.diagnostics().toString());
    assertEquals(List.of("test.Color"), List.copyOf(plain.sources().keySet()));
  }

  @Test
  void theJsonAnnotationsComeWithTheirOptionAlone() {
    assertEquals(List.of(), GeneratedClasses.annotations(MEMBER, "com.fasterxml"));
    assertEquals(List.of(), GeneratedClasses.annotations(MEMBER, "com.google.gson"));
    Class<?> jackson = generate(ROLES, "-Agraphenum.jackson=true").type("test.RolesMember");
    assertEquals(
        List.of("memberName: @JsonValue", "parse: @JsonCreator"),
        GeneratedClasses.annotations(jackson, "com.fasterxml"));
    Class<?> gson = generate(ROLES, "-Agraphenum.gson=true").type("test.RolesMember");
    assertEquals(
        List.of("GsonAdapter: extends TypeAdapter", "RolesMember: @JsonAdapter"),
        GeneratedClasses.annotations(gson, "com.google.gson"));
  }

  /**
   * Java 8, every lint and doclint, both JSON bindings: as a user's strict build compiles the
   * generated code.
   */
  @Test
  void compilesWithEveryLintAtJava8() {
    InMemoryJavac.Result strict =
        InMemoryJavac.compile(
            List.of(ROLES),
            List.of(
                "--release",
                "8",
                "-Xlint:all,-options",
                "-Werror",
                "-Xdoclint:all/protected", // the generated types; the spec has no Javadoc
                "-Agraphenum.jackson=true",
                "-Agraphenum.gson=true"),
            List.of(new GraphEnumProcessor()));
    assertTrue(strict.success(), () -> strict.diagnostics().toString());
    assertTrue(
        strict.sources().containsKey("test.RolesMember"), strict.sources().keySet()::toString);
  }

  @Test
  void aSpecNamedAsTheMemberTypeIsAnErrorOnTheSpec() {
    JavaFileObject spec =
        JavaFileObjects.forSourceLines(
            "test.RolesMember",
            "package test;",
            "@io.github.graphenum.GraphEnum(name = \"onlineMeetingRole\", className = \"Roles\","
                + " table = \"\"\"",
            "    |Member|Value|",
            "    |-|-|",
            "    |attendee|0|",
            "    |unknownFutureValue|1|",
            "    \"\"\")",
            "interface RolesMember {}");
    Compilation compilation = javac().withProcessors(new GraphEnumProcessor()).compile(spec);
    assertThat(compilation)
        .hadErrorContaining(
            "the generated member type would be test.RolesMember, the spec itself; rename the"
                + " spec (such as RolesMemberSpec) or set className")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnum(");
  }

  /**
   * A folder's index named as the member type of one of its evolvable enums is an error on the
   * annotation, as one named as the enum or a set type, and nothing of the folder is generated; the
   * name is free beside an enum that is not evolvable.
   */
  @Test
  void aFolderIndexNamedAsAMemberTypeIsAnErrorOnTheAnnotation(@TempDir Path docs)
      throws IOException {
    Path folder = Files.createDirectories(docs.resolve("resources"));
    Files.writeString(
        folder.resolve("roles.md"),
        "# roles enum type\n\nNamespace: microsoft.graph\n\n"
            + "|Member|\n|-|\n|attendee|\n|unknownFutureValue|\n");
    Files.writeString(
        folder.resolve("color.md"),
        "# color enum type\n\nNamespace: microsoft.graph\n\n|Member|\n|-|\n|red|\n");
    JavaFileObject taken = folderSpec("RolesMember");
    Compilation compilation =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions("-Agraphenum.docs=" + docs)
            .compile(taken);
    assertThat(compilation)
        .hadErrorContaining(
            "the index test.graph.RolesMember would also be the class of the member type of roles,"
                + " generated from resources/roles.md; set indexName to another name")
        .inFile(taken)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(compilation).hadErrorCount(1);
    InMemoryJavac.Result nothing =
        InMemoryJavac.compile(
            List.of(taken),
            List.of("-proc:only", "-Agraphenum.docs=" + docs),
            List.of(new GraphEnumProcessor()));
    assertEquals(Map.of(), nothing.sources(), "nothing of the folder");

    InMemoryJavac.Result free =
        InMemoryJavac.compile(
            List.of(folderSpec("ColorMember")),
            List.of("-Agraphenum.docs=" + docs),
            List.of(new GraphEnumProcessor()));
    assertTrue(free.success(), () -> free.diagnostics().toString());
    assertEquals(
        List.of(
            "test.graph.Color",
            "test.graph.Roles",
            "test.graph.RolesMember",
            "test.graph.ColorMember"),
        List.copyOf(free.sources().keySet()));
  }

  private static JavaFileObject folderSpec(String indexName) {
    return JavaFileObjects.forSourceLines(
        "test.graph.Enums",
        "package test.graph;",
        "@io.github.graphenum.GraphEnums(folder = \"resources\", indexName = \""
            + indexName
            + "\")",
        "interface Enums {}");
  }
}
