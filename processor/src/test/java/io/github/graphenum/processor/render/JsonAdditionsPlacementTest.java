package io.github.graphenum.processor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.page.Description;
import io.github.graphenum.processor.render.json.JsonAdditions;
import io.github.graphenum.processor.render.json.JsonBinding;
import io.github.graphenum.processor.render.source.GeneratedAnnotation;
import io.github.graphenum.processor.testing.EnumModels;
import io.github.graphenum.processor.testing.Renderers;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Each part of a JSON binding's additions lands where {@link JsonAdditions} says, in the enum, in
 * the flags set and in the member type, through a binding made up for the test that adds one of
 * every part; and the additions of two bindings keep the order of the list. What Jackson and Gson
 * add is held by the golden files and the compile tests.
 */
class JsonAdditionsPlacementTest {
  private static final GeneratedAnnotation GENERATED = Renderers.GENERATED;

  /** A binding that adds one of each part, every name starting with {@code prefix}. */
  private static final class EveryPart implements JsonBinding {
    private final String prefix;
    private final boolean readsArrays;
    final List<String> flagsSetsSeen = new ArrayList<>();
    final List<String> membersSeen = new ArrayList<>();

    EveryPart(String prefix, boolean readsArrays) {
      this.prefix = prefix;
      this.readsArrays = readsArrays;
    }

    @Override
    public String optionKey() {
      return "graphenum." + prefix.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Library library() {
      return new Library(prefix, "example:" + prefix, "example." + prefix);
    }

    @Override
    public List<String> annotations() {
      return List.of();
    }

    private AnnotationSpec annotation(String name) {
      return AnnotationSpec.builder(ClassName.get("example", prefix + name)).build();
    }

    private JsonAdditions.Builder everyPart() {
      return JsonAdditions.builder()
          .typeAnnotation(annotation("OnType"))
          .superinterface(ClassName.get("example", prefix + "Interface"))
          .paragraph(CodeBlock.of("$L paragraph.", prefix))
          .onWriter(annotation("OnWriter"))
          .onReader(annotation("OnReader"))
          .onUnknownMember(annotation("OnUnknown"))
          .method(
              MethodSpec.methodBuilder(prefix.toLowerCase(java.util.Locale.ROOT) + "Method")
                  .addModifiers(Modifier.PUBLIC)
                  .build())
          .type(TypeSpec.classBuilder(prefix + "Nested").build());
    }

    @Override
    public JsonAdditions toEnum(ClassName self, ValidatedEnum model) {
      return everyPart().build();
    }

    @Override
    public JsonAdditions toFlagsSet(ClassName set, ClassName element, boolean keepsUnknownNames) {
      flagsSetsSeen.add(
          set.simpleName() + " of " + element.simpleName() + ", " + keepsUnknownNames);
      JsonAdditions.Builder additions = everyPart();
      return readsArrays ? additions.readsMemberNameArrays().build() : additions.build();
    }

    @Override
    public JsonAdditions toMember(ClassName member, ValidatedEnum model) {
      membersSeen.add(member.simpleName() + " of " + model.identity().className());
      return everyPart().build();
    }
  }

  private static ValidatedEnum model(String className, boolean flags, String... memberNames) {
    List<ValidatedEnum.Constant> constants = new ArrayList<>();
    for (int i = 0; i < memberNames.length; i++) {
      constants.add(
          new ValidatedEnum.Constant(
              "C" + i, memberNames[i], flags ? 1 << i : i, Description.EMPTY));
    }
    return EnumModels.validated(className, null, true, flags, constants);
  }

  /** The sources of {@code model}, each line without its indentation. */
  private static List<String> render(List<JsonBinding> bindings, ValidatedEnum model) {
    return new EnumRenderer(GENERATED, bindings)
        .render(model, null).stream()
            .map(file -> file.toString().replaceAll("\n[ ]+", "\n"))
            .toList();
  }

  private static void assertBefore(String source, String first, String then) {
    int at = source.indexOf(first);
    assertTrue(at >= 0, () -> "no " + first + " in\n" + source);
    assertTrue(
        source.indexOf(then, at) > at, () -> first + " is not before " + then + " in\n" + source);
  }

  @Test
  void inAnEvolvableEnum() {
    String source =
        render(
                List.of(new EveryPart("A", true)),
                model("Evolvable", false, "a", "unknownFutureValue", "later"))
            .get(0);
    assertBefore(source, "@Generated(", "@AOnType\npublic enum Evolvable implements AInterface {");
    assertBefore(source, "<p>A paragraph.\n*\n* <table>", "*/\n@Generated");
    assertBefore(source, "@AOnUnknown\nC1(", "C2(");
    assertEquals(1, count(source, "@AOnUnknown"));
    assertTrue(source.contains("@AOnWriter\npublic String memberName() {"), source);
    assertTrue(
        source.contains("@AOnReader\npublic static Evolvable fromMemberNameOrUnknown("), source);
    assertEquals(1, count(source, "@AOnReader"), "the reader is fromMemberNameOrUnknown alone");
    assertBefore(source, "findByValue(", "public void aMethod() {");
    assertBefore(source, "public void aMethod() {", "class ANested {");
    assertFalse(source.contains("ofMemberNames"), "an enum has no ofMemberNames");
  }

  @Test
  void inAnEnumThatIsNotEvolvable() {
    String source =
        render(List.of(new EveryPart("A", true)), model("Plain", false, "a", "b")).get(0);
    assertTrue(source.contains("@AOnReader\npublic static Plain fromMemberName("), source);
    assertFalse(source.contains("@AOnUnknown"), "no sentinel, no constant to annotate");
  }

  @Test
  void inAFlagsSetAndInTheOrderOfTheList() {
    EveryPart first = new EveryPart("A", false);
    EveryPart second = new EveryPart("B", true);
    List<String> sources =
        render(List.of(first, second), model("Modes", true, "a", "b", "unknownFutureValue"));
    assertEquals(List.of("ModesSet of Modes, true"), first.flagsSetsSeen);
    String set = sources.get(1);
    assertBefore(set, "@Generated(", "@AOnType\n@BOnType\npublic final class ModesSet");
    assertTrue(set.contains("extends AbstractSet<Modes> implements AInterface, BInterface {"), set);
    assertBefore(set, "<p>A paragraph.\n*\n* <p>B paragraph.\n*/", "public final class");
    assertTrue(set.contains("@AOnWriter\n@BOnWriter\npublic String wireForm() {"), set);
    assertTrue(set.contains("@AOnReader\n@BOnReader\npublic static ModesSet parse("), set);
    assertBefore(set, "public static ModesSet parse(", "public void aMethod() {");
    assertBefore(set, "public void aMethod() {", "public void bMethod() {");
    assertBefore(set, "public void bMethod() {", "private static ModesSet ofMemberNames(");
    assertBefore(set, "private static ModesSet ofMemberNames(", "private static int bitsOf(");
    assertBefore(set, "class ANested {", "class BNested {");
    assertFalse(set.contains("OnUnknown"), "a set has no constant to annotate");

    String withoutArrays = render(List.of(first), model("Modes", true, "a", "b")).get(1);
    assertFalse(withoutArrays.contains("ofMemberNames"), "no binding reads arrays of names");
    assertEquals("ModesSet of Modes, false", first.flagsSetsSeen.get(1));
  }

  @Test
  void inAMemberTypeAndInTheOrderOfTheList() {
    EveryPart first = new EveryPart("A", true);
    EveryPart second = new EveryPart("B", false);
    List<String> sources =
        render(List.of(first, second), model("Evolvable", false, "a", "unknownFutureValue", "b"));
    assertEquals(List.of("EvolvableMember of Evolvable"), first.membersSeen);
    String member = sources.get(1);
    assertBefore(
        member,
        "@Generated(",
        "@AOnType\n@BOnType\npublic final class EvolvableMember implements AInterface, BInterface"
            + " {");
    assertBefore(member, "<p>A paragraph.\n*\n* <p>B paragraph.\n*/", "public final class");
    assertTrue(member.contains("@AOnWriter\n@BOnWriter\npublic String memberName() {"), member);
    assertTrue(
        member.contains("@AOnReader\n@BOnReader\npublic static EvolvableMember parse("), member);
    assertBefore(member, "public static EvolvableMember parse(", "public void aMethod() {");
    assertBefore(member, "public void aMethod() {", "public void bMethod() {");
    assertBefore(member, "public void bMethod() {", "public Optional<Evolvable> known() {");
    assertBefore(member, "public String toString() {", "class ANested {");
    assertBefore(member, "class ANested {", "class BNested {");
    assertFalse(member.contains("OnUnknown"), "a member type has no constant to annotate");
    assertFalse(member.contains("ofMemberNames"), "nor reads arrays");

    render(List.of(first), model("Plain", false, "a", "b"));
    assertEquals(1, first.membersSeen.size(), "an enum that is not evolvable has no member type");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
