package io.github.graphenum.processor.inputs;

import java.util.ArrayList;
import java.util.List;

/**
 * The line syntax of an {@link InputsRecord}: a line is fields separated by single spaces, and
 * every field is escaped, so that no value (a page path, a glob, a folder name holding a line break
 * or a space) can end its field or its line, or start a line of its own.
 *
 * <p>Escapes: {@code \\} a backslash, {@code \s} a space, {@code \n}, {@code \r}, {@code \t}, and
 * {@code \}{@code uXXXX} for any other control character (C0, DEL, C1) and for the line and
 * paragraph separators; an empty field is {@code \0}. Every other character stands for itself (a
 * record is UTF-8).
 */
final class RecordFields {
  private RecordFields() {}

  /** {@code fields}, escaped, joined by spaces: one line, without its line break. */
  static String line(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (String field : fields) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(escaped(field));
    }
    return line.toString();
  }

  /** One field as a record writes it. */
  static String escaped(String field) {
    if (field.isEmpty()) {
      return "\\0";
    }
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ' ' -> out.append("\\s");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * The fields of a line written by {@link #line}, unescaped.
   *
   * @throws IllegalArgumentException if the line holds an escape that {@link #escaped} never
   *     writes, a control character, or an empty field (two spaces in a row, or one at an end)
   */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    for (String field : line.split(" ", -1)) {
      fields.add(unescaped(field));
    }
    return fields;
  }

  private static String unescaped(String field) {
    if (field.isEmpty()) {
      throw new IllegalArgumentException("an empty field");
    }
    if (field.equals("\\0")) {
      return "";
    }
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            String.format("an unescaped control character U+%04X", (int) c));
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i + 1 == field.length()) {
        throw new IllegalArgumentException("a field that ends with a lone \\");
      }
      char escape = field.charAt(++i);
      switch (escape) {
        case '\\' -> out.append('\\');
        case 's' -> out.append(' ');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          int code = i + 4 < field.length() ? hex(field.substring(i + 1, i + 5)) : -1;
          if (code < 0) {
            throw new IllegalArgumentException("a \\u escape without four hex digits");
          }
          out.append((char) code);
          i += 4;
        }
        default -> throw new IllegalArgumentException("an unknown escape \\" + escape);
      }
    }
    return out.toString();
  }

  /** The value of four ASCII hex digits, or -1. */
  private static int hex(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      int digit =
          c >= '0' && c <= '9'
              ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
