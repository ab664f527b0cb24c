package io.github.graphenum.processor.render.flags;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.graphenum.processor.render.source.JavaText;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the code of a flags enum's set type depends on, shared by {@link FlagsSetRenderer} and
 * {@link FlagsWireForm}.
 *
 * @param model the flags enum's model
 * @param set the set type
 * @param element the flags enum
 * @param unknown the sentinel that stands for names the enum does not know, or null
 * @param empty the member of value 0, or null
 */
record FlagsSetShape(
    ValidatedEnum model,
    ClassName set,
    ClassName element,
    ValidatedEnum.@Nullable Constant unknown,
    ValidatedEnum.@Nullable Constant empty) {
  /** {@code List<String>}, the type of the unknown member names kept. */
  static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);

  /** {@code Set<String>}, the type of the names collected while a set is read. */
  static final TypeName STRING_SET = ParameterizedTypeName.get(Set.class, String.class);

  FlagsSetShape(
      ValidatedEnum model,
      ClassName set,
      ClassName element,
      ValidatedEnum.@Nullable Constant unknown) {
    this(
        model,
        set,
        element,
        unknown,
        model.constants().stream().filter(c -> c.value() == 0).findFirst().orElse(null));
  }

  /** The OR of the single-bit members' values. */
  static int documentedBits(ValidatedEnum model) {
    return bits(model).stream().mapToInt(ValidatedEnum.Constant::value).reduce(0, (a, b) -> a | b);
  }

  /** The members of a single bit, in declaration order. */
  static List<ValidatedEnum.Constant> bits(ValidatedEnum model) {
    return model.constants().stream().filter(c -> Integer.bitCount(c.value()) == 1).toList();
  }

  /**
   * The creation of a set read from names: from the local {@code mask} (and {@code sentinelNames}).
   */
  CodeBlock createRead() {
    return unknown == null
        ? CodeBlock.of("create(mask)")
        : CodeBlock.of("create(mask, sentinelNames)");
  }

  /** {@code Enum.CONSTANT}, the sentinel, in the code of a set that has one ({@link #unknown}). */
  CodeBlock sentinel() {
    if (unknown == null) {
      throw new IllegalStateException("the set of " + element + " has no sentinel");
    }
    return CodeBlock.of("$T.$N", element, unknown.name());
  }

  /**
   * {@code @SuppressWarnings("deprecation")} for a field or method of the set whose code names
   * {@code constants}, when one of them is deprecated and the set is not (in a deprecated set,
   * javac warns of nothing); otherwise nothing.
   */
  List<AnnotationSpec> suppressingDeprecationOf(List<ValidatedEnum.Constant> constants) {
    boolean named = constants.stream().anyMatch(c -> c != null && c.deprecation() != null);
    return named && model.deprecation() == null
        ? List.of(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "deprecation")
                .build())
        : List.of();
  }

  /** A Javadoc link to {@code constant}, which shows its member name. */
  CodeBlock link(ValidatedEnum.Constant constant) {
    return CodeBlock.of(
        "{@link $T#$L $L}", element, constant.name(), JavaText.javadocText(constant.memberName()));
  }
}
