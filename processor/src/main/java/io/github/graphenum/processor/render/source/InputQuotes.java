package io.github.graphenum.processor.render.source;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.validation.ValidatedEnum;
import javax.lang.model.element.Modifier;

/**
 * How generated code quotes input in an exception's message: through the enum's {@code
 * quoted(String)}, which keeps a bounded excerpt of a long text and says how long it was. A message
 * about a name no member has, or a wire form that does not read, lands in the user's logs: a
 * hostile 1 MB string must not make a 1 MB message.
 */
public final class InputQuotes {
  /**
   * The most characters of an input a message quotes: more than any Graph wire form of a few flags.
   */
  static final int EXCERPT = 100;

  private InputQuotes() {}

  /**
   * Adds {@code quoted(String)} to the enum: private, or package-private for a flags enum, whose
   * set type quotes with it too.
   */
  public static void addTo(TypeSpec.Builder type, ValidatedEnum model) {
    MethodSpec.Builder quoted =
        MethodSpec.methodBuilder("quoted")
            .addModifiers(Modifier.STATIC)
            .returns(String.class)
            .addParameter(String.class, "text")
            .addJavadoc(
                "A text read from input, as a message quotes it: whole when it has at most $L"
                    + " characters,\n",
                EXCERPT)
            .addJavadoc(
                "else its first $L and its length, so that a message about a hostile input stays"
                    + " short.\n\n",
                EXCERPT)
            .addJavadoc("@param text the text\n")
            .addJavadoc("@return the text in quotes, or its beginning in quotes and its length\n")
            .beginControlFlow("if (text.length() <= $L)", EXCERPT)
            .addStatement("return $S + text + $S", "\"", "\"")
            .endControlFlow()
            .addComment("Not between the two chars of a surrogate pair.")
            .addStatement(
                "int end = $T.isHighSurrogate(text.charAt($L)) ? $L : $L",
                Character.class,
                EXCERPT - 1,
                EXCERPT - 1,
                EXCERPT)
            .addStatement(
                "return $S + text.substring(0, end) + $S + text.length() + $S",
                "\"",
                "...\" (",
                " characters)");
    if (!model.flags()) {
      quoted.addModifiers(Modifier.PRIVATE);
    }
    type.addMethod(quoted.build());
  }

  /**
   * {@code Enum.quoted(text)}: {@code text}, an expression of a string, quoted by the enum {@code
   * owner}.
   */
  public static CodeBlock quote(ClassName owner, CodeBlock text) {
    return CodeBlock.of("$T.quoted($L)", owner, text);
  }

  /** {@code Enum.quoted(variable)}. */
  public static CodeBlock quote(ClassName owner, String variable) {
    return quote(owner, CodeBlock.of("$N", variable));
  }
}
