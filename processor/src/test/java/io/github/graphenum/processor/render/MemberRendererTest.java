package io.github.graphenum.processor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.github.graphenum.processor.GraphEnumProcessor;
import io.github.graphenum.processor.page.Description;
import io.github.graphenum.processor.render.source.GeneratedAnnotation;
import io.github.graphenum.processor.testing.EnumModels;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The member type, {@code <Enum>Member}, as the renderer gives it, without javac: beside every
 * evolvable enum and no other, after the enum (and its set), its sentinel named as the model names
 * it. What the generated code does is held by {@code MemberTypeTest}, its text by the golden files.
 */
class MemberRendererTest {
  private static final EnumRenderer RENDERER =
      new EnumRenderer(
          new GeneratedAnnotation(
              ClassName.get("javax.annotation.processing", "Generated"),
              GraphEnumProcessor.class.getName()),
          List.of());

  /** The enum {@code gen.<className>} of constants {@code C0, C1, ...}, named {@code names}. */
  private static ValidatedEnum model(String className, boolean flags, String... memberNames) {
    List<ValidatedEnum.Constant> constants = new ArrayList<>();
    for (int i = 0; i < memberNames.length; i++) {
      constants.add(
          new ValidatedEnum.Constant(
              "C" + i, memberNames[i], flags ? 1 << i : i, Description.EMPTY));
    }
    return EnumModels.validated(className, null, true, flags, constants);
  }

  private static List<String> typesOf(ValidatedEnum model) {
    return RENDERER.render(model, null).stream().map(file -> file.typeSpec().name()).toList();
  }

  @Test
  void anEvolvableEnumAloneHasAMemberTypeWrittenLast() {
    assertEquals(List.of("Plain"), typesOf(model("Plain", false, "a", "b")));
    assertEquals(
        List.of("Evolvable", "EvolvableMember"),
        typesOf(model("Evolvable", false, "a", "unknownFutureValue", "later")));
    assertEquals(
        List.of("Upper", "UpperMember"),
        typesOf(model("Upper", false, "a", "UnknownFutureValue")),
        "the sentinel's name is matched ignoring case, as the enum's");
    assertEquals(List.of("Modes", "ModesSet"), typesOf(model("Modes", true, "a", "b")));
    assertEquals(
        List.of("Modes", "ModesSet", "ModesMember"),
        typesOf(model("Modes", true, "a", "unknownFutureValue")));
  }

  @Test
  void theSentinelIsTheModelsConstant() {
    JavaFile member =
        RENDERER.render(model("Evolvable", false, "a", "b", "unknownFutureValue"), null).get(1);
    assertEquals("gen", member.packageName());
    String source = member.toString();
    assertTrue(source.contains("return known.orElse(Evolvable.C2);"), source);
    assertTrue(
        source.contains("Optional<Evolvable> known = Evolvable.findByMemberName(memberName);"),
        "a name is looked up by the enum's own lookup, which allocates nothing");
  }
}
