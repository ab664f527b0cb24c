package io.github.graphenum.processor.render.source;

import com.palantir.javapoet.CodeBlock;
import io.github.graphenum.processor.page.Description;

/**
 * Escapes page text for the two places it lands in generated source: Javadoc and string literals.
 * The output is pure ASCII, so the generated file means the same whatever encoding the user's build
 * reads it in, and no backslash from a page can become a Unicode escape.
 */
public final class JavaText {
  private static final String HEX_DIGITS = "0123456789abcdef";

  private JavaText() {}

  /** Plain text for Javadoc: HTML special characters escaped, then {@link #javadoc}. */
  public static String javadocText(String text) {
    return javadoc(Description.escapeHtml(text));
  }

  /**
   * HTML (already escaped as HTML) for Javadoc: characters that mean something to javac or the
   * Javadoc tool become character references: {@code @} (which starts a block tag or an inline
   * tag), the backslash (a Unicode escape), the slash of a comment end, and every non-ASCII
   * character. Control characters (C0 and C1) but the line feed become spaces; code points that the
   * running JDK's Unicode does not assign, and lone surrogates, become U+FFFD.
   */
  public static String javadoc(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int previous = 0;
    for (int i = 0; i < html.length(); ) {
      int c = html.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isISOControl(c) && c != '\n') {
        out.append(' '); // C0 and C1 controls: javadoc refuses a reference to one
      } else if (!Character.isDefined(c) || (c <= 0xFFFF && Character.isSurrogate((char) c))) {
        // A lone surrogate, a noncharacter, or a code point this JDK's Unicode does not assign:
        // javadoc refuses a reference to it.
        out.append("&#65533;");
      } else if (c == '@' || c == '\\' || (c == '/' && previous == '*') || c > 0x7E) {
        out.append("&#").append(c).append(';');
      } else {
        out.append((char) c);
      }
      previous = c;
    }
    return out.toString();
  }

  /**
   * A class file holds a string constant in at most 65,535 bytes (modified UTF-8, up to 3 bytes a
   * char); longer text is cut into literals of this many chars, joined at run time.
   */
  static final int CHARS_PER_LITERAL = 16_000;

  /**
   * A Java expression of type {@code String} holding exactly {@code text}: one literal, or, for
   * text longer than a class file's string constant can hold, {@code String.join("", ...)} of
   * several (not a constant expression, so javac does not fold them back into one).
   */
  public static CodeBlock stringExpression(String text) {
    if (text.length() <= CHARS_PER_LITERAL) {
      return CodeBlock.of("$L", stringLiteral(text));
    }
    CodeBlock.Builder join = CodeBlock.builder().add("$T.join(\"\"", String.class);
    for (int start = 0; start < text.length(); start += CHARS_PER_LITERAL) {
      join.add(
          ", $L",
          stringLiteral(text.substring(start, Math.min(text.length(), start + CHARS_PER_LITERAL))));
    }
    return join.add(")").build();
  }

  /**
   * A Java string literal, with quotes, holding exactly {@code text}.
   *
   * <p>A backslash right after a lone high surrogate is written as the octal escape {@code \134}
   * rather than doubled: javac (17 at least) reads one character past the Unicode escape of a high
   * surrogate, looking for its low surrogate, and when that character is a backslash it counts it
   * twice, so that a doubled backslash followed by {@code u0041} reads as a backslash before the
   * letter A: an illegal escape, and generated code that does not compile.
   */
  public static String stringLiteral(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' ->
            out.append(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? "\\134" : "\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            // An octal escape: javac decodes Unicode escapes before it reads the literal.
            out.append('\\')
                .append((char) ('0' + (c >> 6)))
                .append((char) ('0' + ((c >> 3) & 7)))
                .append((char) ('0' + (c & 7)));
          } else if (c > 0x7E) {
            out.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
              out.append(HEX_DIGITS.charAt((c >> shift) & 0xF));
            }
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
