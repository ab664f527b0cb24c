package io.github.graphenum.processor.metadata;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tags a {@link CsdlSections cut} looks at, found in a CSDL document's text without parsing it:
 * in XML, a {@code <} outside comments, CDATA sections and processing instructions always starts a
 * tag and never stands in an attribute value or text. The text is the document's bytes as ISO
 * 8859-1, one char per byte, at the same index.
 */
final class CsdlTags {
  /** The elements the cut looks at, by local name. */
  private static final List<String> NEEDED =
      List.of("Schema", "Include", "EnumType", "Annotations");

  private CsdlTags() {}

  /**
   * The tags of the {@link #NEEDED} elements, in document order; {@code null} for what the cut does
   * not follow. Each {@code <} is found by String's search (the JVM's fastest, compiled early as
   * javac uses it all the time); of the tag's name only the length and a few chars are looked at.
   */
  static @Nullable List<Tag> find(String text, List<Declaration> declarations) {
    boolean[] mayStartNeeded = nameStarts(declarations);
    List<Tag> tags = new ArrayList<>();
    int at = text.indexOf('<');
    while (at >= 0) {
      char first = at + 1 < text.length() ? text.charAt(at + 1) : '<';
      if (first == '!' || first == '?') {
        int end = endOfMarkup(text, at);
        if (end < 0) {
          return null;
        }
        at = text.indexOf('<', end);
        continue;
      }
      int nameStart = at + (first == '/' ? 2 : 1);
      char start = nameStart < text.length() ? text.charAt(nameStart) : '<';
      if (start >= mayStartNeeded.length || !mayStartNeeded[start]) {
        at = text.indexOf('<', nameStart); // Property, Member, NavigationProperty...
        continue;
      }
      int localStart = nameStart;
      int nameEnd = nameStart;
      while (nameEnd < text.length() && !endsName(text.charAt(nameEnd))) {
        if (text.charAt(nameEnd) == ':') {
          localStart = nameEnd + 1;
        }
        nameEnd++;
      }
      if (isNeeded(text, localStart, nameEnd)) {
        Tag tag = Tag.at(text, at, nameEnd);
        if (tag == null) {
          return null;
        }
        tags.add(tag);
        at = text.indexOf('<', tag.end());
      } else {
        at = text.indexOf('<', nameEnd);
      }
    }
    return tags;
  }

  /**
   * The first characters of the names of the {@link #NEEDED} elements' tags, by char: of the local
   * names, and of the prefixes the document declares ({@code edmx} of {@code edmx:Include}), since
   * a tag's name starts with its prefix. A tag whose name starts otherwise is not looked at
   * further.
   */
  private static boolean[] nameStarts(List<Declaration> declarations) {
    boolean[] starts = new boolean[256]; // a char per byte
    for (String needed : NEEDED) {
      starts[needed.charAt(0)] = true;
    }
    for (Declaration declaration : declarations) {
      if (!declaration.prefix().isEmpty()) {
        starts[declaration.prefix().charAt(0)] = true; // a prefix outside ASCII: its first byte
      }
    }
    return starts;
  }

  /**
   * A namespace prefix the document declares.
   *
   * @param at where its declaration ({@code xmlns:prefix=}) is
   * @param prefix the prefix
   */
  record Declaration(int at, String prefix) {}

  /** The namespace prefixes {@code text} declares, in document order: one search of the text. */
  static List<Declaration> prefixDeclarations(String text) {
    List<Declaration> declarations = new ArrayList<>();
    String declaration = "xmlns:";
    for (int at = text.indexOf(declaration); at >= 0; at = text.indexOf(declaration, at + 1)) {
      int prefix = at + declaration.length();
      declarations.add(new Declaration(at, text.substring(prefix, endOfNameChars(text, prefix))));
    }
    return declarations;
  }

  /** Whether the local name from {@code start} to {@code end} is one of {@link #NEEDED}. */
  private static boolean isNeeded(String text, int start, int end) {
    for (String needed : NEEDED) {
      if (end - start == needed.length() && text.startsWith(needed, start)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the comment, CDATA section or processing instruction at {@code at} ends (the index after
   * it); -1 for a declaration such as {@code <!DOCTYPE}, or markup left open.
   */
  private static int endOfMarkup(String text, int at) {
    String close;
    int from;
    if (text.startsWith("<?", at)) {
      close = "?>";
      from = at + 2;
    } else if (text.startsWith("<!--", at)) {
      close = "-->";
      from = at + 4; // "<!-->" opens a comment and does not close it
    } else if (text.startsWith("<![CDATA[", at)) {
      close = "]]>";
      from = at + 9;
    } else {
      return -1;
    }
    int end = text.indexOf(close, from);
    return end < 0 ? -1 : end + close.length();
  }

  /**
   * A start, end or empty-element tag.
   *
   * @param start where its {@code <} is
   * @param end the index after its {@code >}
   * @param name its name, with any prefix
   * @param closing whether it is an end tag ({@code </name>})
   * @param empty whether it is an empty-element tag ({@code <name/>})
   */
  record Tag(int start, int end, String name, boolean closing, boolean empty) {

    /**
     * The tag at {@code at}, whose name ends at {@code nameEnd}; {@code null} if it does not end.
     */
    static @Nullable Tag at(String text, int at, int nameEnd) {
      boolean closing = isClosing(text, at);
      int nameStart = at + (closing ? 2 : 1);
      // '>' never stands in a name, and a quote only in an attribute value, where '>' may.
      int end = nameEnd;
      char quote = 0;
      while (end < text.length() && (quote != 0 || text.charAt(end) != '>')) {
        char b = text.charAt(end);
        if (quote == 0 && (b == '"' || b == '\'')) {
          quote = b;
        } else if (b == quote) {
          quote = 0;
        }
        end++;
      }
      if (end >= text.length()) {
        return null;
      }
      String name = text.substring(nameStart, nameEnd);
      return new Tag(at, end + 1, name, closing, text.charAt(end - 1) == '/');
    }

    /** Its name without prefix: {@code EnumType} of {@code edm:EnumType}. */
    String localName() {
      return name.substring(name.indexOf(':') + 1);
    }

    /**
     * The raw value of its first attribute of local name {@code attribute}, or {@code null}; {@code
     * text} is the document it is in, a char per byte.
     */
    @Nullable String attribute(String text, String attribute) {
      int at = start + (closing ? 2 : 1) + name.length();
      while (at < end) {
        while (at < end && isSpace(text.charAt(at))) {
          at++;
        }
        int nameStart = at;
        while (at < end
            && text.charAt(at) != '='
            && !isSpace(text.charAt(at))
            && text.charAt(at) != '>') {
          at++;
        }
        String found = text.substring(nameStart, at);
        while (at < end && isSpace(text.charAt(at))) {
          at++;
        }
        if (at >= end || text.charAt(at) != '=') {
          return null; // "/>" or ">": no more attributes
        }
        at++;
        while (at < end && isSpace(text.charAt(at))) {
          at++;
        }
        if (at >= end || (text.charAt(at) != '"' && text.charAt(at) != '\'')) {
          return null;
        }
        char quote = text.charAt(at);
        int valueStart = at + 1;
        int valueEnd = valueStart;
        while (valueEnd < end && text.charAt(valueEnd) != quote) {
          valueEnd++;
        }
        // The reader takes the first attribute of that local name, whatever its prefix (xml:Name
        // too); a namespace declaration (xmlns:Name) is no attribute to it.
        if (found.substring(found.indexOf(':') + 1).equals(attribute)
            && !found.startsWith("xmlns:")) {
          return text.substring(valueStart, valueEnd);
        }
        at = valueEnd + 1;
      }
      return null;
    }
  }

  /** Where the name chars (no colon) from {@code at} end. */
  static int endOfNameChars(String text, int at) {
    int end = at;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (c == ':'
          || c == '='
          || c == '>'
          || c == '/'
          || c == '<'
          || c == '"'
          || c == '\''
          || isSpace(c)) {
        break;
      }
      end++;
    }
    return end;
  }

  private static boolean isClosing(String text, int at) {
    return at + 1 < text.length() && text.charAt(at + 1) == '/';
  }

  private static boolean endsName(char c) {
    return c == '>' || c == '/' || isSpace(c);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
