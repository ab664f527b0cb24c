package io.github.graphenum.processor.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The source line of each line of a string constant written as literals joined with {@code +} (the
 * Java 8 way to write a table over several lines) or as a text block. javac joins adjacent literals
 * into one while parsing, so its tree keeps only where the first one starts: the literals are read
 * again from the source, from there.
 */
final class StringLiteralLines {
  private StringLiteralLines() {}

  /**
   * The source line of each line of {@code value}, in order; empty when the source from {@code
   * start} does not spell {@code value} as literals joined with {@code +} (a constant named
   * elsewhere, an escape this reading does not follow).
   *
   * @param source the source file's text
   * @param start where the expression starts in {@code source}
   * @param lineAt the 1-based line of a position of {@code source}
   * @param value the constant's value, to check the reading against
   */
  static List<Integer> of(CharSequence source, int start, IntUnaryOperator lineAt, String value) {
    Lines lines = new Lines();
    int pos = start;
    int open = 0;
    boolean expectLiteral = true;
    while (true) {
      pos = skipSpaceAndComments(source, pos);
      if (pos >= source.length()) {
        break;
      }
      char c = source.charAt(pos);
      if (expectLiteral && c == '(') {
        open++;
        pos++;
      } else if (expectLiteral && c == '"') {
        pos =
            startsWith(source, pos, "\"\"\"")
                ? textBlock(source, pos, lineAt, lines)
                : literal(source, pos, lineAt, lines);
        if (pos < 0) {
          return List.of();
        }
        expectLiteral = false;
      } else if (!expectLiteral && c == ')' && open > 0) {
        open--;
        pos++;
      } else if (!expectLiteral && c == '+') {
        expectLiteral = true;
        pos++;
      } else {
        break;
      }
    }
    // The lines must be the value's; the characters too, where no text block stands for its own.
    boolean spelled =
        newlines(lines.read) == newlines(value)
            && (lines.textBlocks > 0 || lines.read.toString().equals(value));
    return spelled ? lines.lines : List.of();
  }

  /** What the literals read so far give: their text (escapes resolved) and the lines it starts. */
  private static final class Lines {
    final StringBuilder read = new StringBuilder();
    final List<Integer> lines = new ArrayList<>();
    boolean atLineStart = true;
    int textBlocks;

    /** A character of the value, written on source line {@code line}. */
    void add(char c, int line) {
      if (atLineStart) {
        lines.add(line);
        atLineStart = false;
      }
      read.append(c);
      atLineStart = c == '\n';
    }
  }

  /** Reads the string literal at {@code pos}; the position after it, or -1 when it does not end. */
  private static int literal(CharSequence source, int pos, IntUnaryOperator lineAt, Lines lines) {
    int line = lineAt.applyAsInt(pos);
    int i = pos + 1;
    while (i < source.length() && source.charAt(i) != '"') {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '\\' && i + 1 < source.length()) {
        int octal = 0;
        int digits = 0;
        while (digits < 3
            && i + 1 + digits < source.length()
            && isOctal(source.charAt(i + 1 + digits))
            && (digits < 2 || source.charAt(i + 1) <= '3')) {
          octal = octal * 8 + source.charAt(i + 1 + digits) - '0';
          digits++;
        }
        lines.add(digits > 0 ? (char) octal : escaped(source.charAt(i + 1)), line);
        i += 1 + Math.max(digits, 1);
      } else {
        lines.add(c, line);
        i++;
      }
    }
    return i < source.length() ? i + 1 : -1;
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  /**
   * The character an escape {@code \c} stands for, for the escapes the reading has to tell apart.
   */
  private static char escaped(char c) {
    return switch (c) {
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 's' -> ' ';
      default -> c; // \" \' \\
    };
  }

  /**
   * Reads the text block at {@code pos}: its text starts on the line after the opening {@code """},
   * each of its lines on a source line of its own; the characters of a line stand for themselves
   * (javac strips their indentation: only the lines matter here). The position after it, or -1 when
   * it does not end or holds an escape, which may break or join lines.
   */
  private static int textBlock(CharSequence source, int pos, IntUnaryOperator lineAt, Lines lines) {
    int contentStart = pos + 3;
    while (contentStart < source.length() && source.charAt(contentStart) != '\n') {
      contentStart++;
    }
    contentStart++;
    int end = contentStart;
    while (end < source.length() && !startsWith(source, end, "\"\"\"")) {
      if (source.charAt(end) == '\\') {
        return -1;
      }
      end++;
    }
    if (end >= source.length()) {
      return -1;
    }
    lines.textBlocks++;
    String[] contentLines = source.subSequence(contentStart, end).toString().split("\n", -1);
    int line = lineAt.applyAsInt(contentStart);
    for (int i = 0; i < contentLines.length; i++) {
      boolean last = i == contentLines.length - 1;
      if (!contentLines[i].isBlank()) {
        lines.add('x', line + i);
      }
      if (!last) {
        lines.add('\n', line + i);
      }
    }
    return end + 3;
  }

  private static int skipSpaceAndComments(CharSequence source, int pos) {
    int i = pos;
    while (i < source.length()) {
      if (Character.isWhitespace(source.charAt(i))) {
        i++;
      } else if (startsWith(source, i, "//")) {
        while (i < source.length() && source.charAt(i) != '\n') {
          i++;
        }
      } else if (startsWith(source, i, "/*")) {
        int close = indexOf(source, "*/", i + 2);
        i = close < 0 ? source.length() : close + 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean startsWith(CharSequence source, int pos, String prefix) {
    return pos + prefix.length() <= source.length()
        && prefix.contentEquals(source.subSequence(pos, pos + prefix.length()));
  }

  private static int indexOf(CharSequence source, String text, int from) {
    for (int i = from; i + text.length() <= source.length(); i++) {
      if (startsWith(source, i, text)) {
        return i;
      }
    }
    return -1;
  }

  private static long newlines(CharSequence text) {
    return text.chars().filter(c -> c == '\n').count();
  }
}
