package io.github.graphenum.processor.metadata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a CSDL document down to what the enum types of some names need, without parsing the rest:
 * Graph's v1.0 metadata is 3.5 MB, and a compilation of one spec needs one of its 861 enum types.
 * The cut is the document less elements, each kept part as it is: everything before the first
 * {@code <Schema>} (the root and its {@code <Include>}s), every {@code <Schema>} start and end tag
 * (their namespaces and aliases), the {@code <EnumType>} elements named so, the {@code
 * <Annotations>} elements whose target is such a type or one of its members, and everything after
 * the last schema. {@link CsdlReader} reads the cut as it reads a whole document, so an enum type
 * of those names reads the same either way (CsdlSectionsTest compares every type of the corpus).
 *
 * <p>Elements are found by their tags alone: in XML, a {@code <} outside comments, CDATA sections
 * and processing instructions always starts a tag and never stands in an attribute value or text.
 * The markup is ASCII, and in an ASCII-compatible encoding such as UTF-8 its bytes are never part
 * of another character, so the bytes are searched as ISO 8859-1 text: one char per byte, at the
 * same index. Keeping more than needed is harmless, so a name the bytes do not settle (an entity
 * reference, a byte outside ASCII) keeps its element. Where the document has a shape the cut does
 * not follow (another encoding, a document type declaration, an {@code <Include>} after a schema,
 * something unterminated, no schema), there is no cut, and the whole document is read.
 */
final class CsdlSections {
  /** The elements the cut looks at, by local name. */
  private static final List<String> NEEDED =
      List.of("Schema", "Include", "EnumType", "Annotations");

  private CsdlSections() {}

  /**
   * The cut of {@code document} for the enum types named {@code names} (with no namespace or
   * alias), or {@code null} where the whole document must be read. With {@code keepLines}, each
   * part left out leaves its line breaks, so that a line of the cut is the line of the document
   * (for the reader's messages; another pass over the document, so only when there is a message).
   */
  static byte @Nullable [] cut(byte[] document, Set<String> names, boolean keepLines) {
    if (!asciiCompatible(document)) {
      return null;
    }
    for (String name : names) {
      if (name.indexOf('.') >= 0 || name.indexOf('/') >= 0) {
        return null; // a target "ns.a.b/m" would not settle which part is the type's name
      }
    }
    String text = new String(document, StandardCharsets.ISO_8859_1);
    List<Tag> tags = neededTags(text);
    if (tags == null) {
      return null;
    }
    Kept kept = new Kept(document, text, keepLines);
    int firstSchema = -1;
    int afterLastSchema = -1;
    int keptUntil = 0;
    int annotationsLeftOut = 0; // the depth of <Annotations> elements left out around a tag
    List<int[]> bodyParts = new ArrayList<>(); // the schema tags and elements kept, from and to
    for (int i = 0; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      if (tag.start() < keptUntil) {
        continue; // inside an element kept whole
      }
      switch (tag.localName()) {
        case "Schema" -> {
          if (firstSchema < 0) {
            firstSchema = tag.start();
            kept.keep(0, tag.start());
          }
          kept.keep(tag.start(), tag.end());
          bodyParts.add(new int[] {tag.start(), tag.end()});
          if (tag.closing() || tag.empty()) {
            afterLastSchema = tag.end();
          }
        }
        case "Include" -> {
          if (firstSchema >= 0) {
            return null; // the reader honours it wherever it stands; the cut keeps only the prolog
          }
        }
        default -> { // EnumType, Annotations
          boolean annotations = tag.localName().equals("Annotations");
          if (firstSchema >= 0 && !tag.closing() && wanted(text, tag, names)) {
            if (!annotations && annotationsLeftOut > 0) {
              return null; // the reader takes its annotations as those of the target left out
            }
            int end = tag.empty() ? tag.end() : endOfElement(tags, i);
            if (end < 0) {
              return null;
            }
            kept.keep(tag.start(), end);
            bodyParts.add(new int[] {tag.start(), end});
            keptUntil = end;
          } else if (annotations && tag.closing()) {
            annotationsLeftOut--;
          } else if (annotations && !tag.empty()) {
            annotationsLeftOut++;
          }
        }
      }
    }
    if (firstSchema < 0
        || afterLastSchema < 0
        || usesPrefixDeclaredInBody(text, firstSchema, bodyParts)) {
      return null;
    }
    kept.keep(afterLastSchema, document.length);
    return kept.bytes();
  }

  /**
   * Whether a part kept between the schemas may use a prefix that an element after the first schema
   * declares: that element may be one left out, and the prefix unbound in the cut. Graph's metadata
   * declares {@code edm} on annotations of other elements, and its enum types use no prefix.
   */
  private static boolean usesPrefixDeclaredInBody(String text, int firstSchema, List<int[]> parts) {
    Set<String> prefixes = new HashSet<>();
    String declaration = "xmlns:";
    for (int at = text.indexOf(declaration, firstSchema);
        at >= 0;
        at = text.indexOf(declaration, at + 1)) {
      int prefix = at + declaration.length();
      prefixes.add(text.substring(prefix, endOfNameChars(text, prefix)));
    }
    if (prefixes.isEmpty()) {
      return false;
    }
    for (int[] part : parts) {
      for (int at = part[0]; at < part[1]; at++) {
        char c = text.charAt(at);
        // A prefixed name starts after '<', '/' or a space: "<e:Member", "</e:Member", " e:x=".
        if ((c == '<' || c == '/' || isSpace(c)) && at + 1 < part[1]) {
          int end = endOfNameChars(text, at + 1);
          if (end < part[1]
              && text.charAt(end) == ':'
              && prefixes.contains(text.substring(at + 1, end))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Where the name chars (no colon) from {@code at} end. */
  private static int endOfNameChars(String text, int at) {
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

  /** The cut being made: the parts kept, in order, and the line breaks of those left out. */
  private static final class Kept {
    private final byte[] document;
    private final String text;
    private final boolean keepLines;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** Where the part not yet kept nor left out starts. */
    private int next;

    Kept(byte[] document, String text, boolean keepLines) {
      this.document = document;
      this.text = text;
      this.keepLines = keepLines;
    }

    /**
     * Keeps the part from {@code from} to {@code to}, leaving out what comes before it; a part
     * already kept (an element after the last schema) is kept once.
     */
    void keep(int from, int to) {
      int start = Math.max(from, next);
      if (keepLines) {
        // Line breaks (a lone CR is one too), and a space for every other character: the line and
        // column of each kept byte stay those of the document. A UTF-8 continuation byte is no
        // character of its own.
        for (int i = next; i < start; i++) {
          char c = text.charAt(i);
          if (c == '\n' || c == '\r') {
            bytes.write(c);
          } else if (c < 0x80 || c > 0xBF) {
            bytes.write(' ');
          }
        }
      }
      if (start < to) {
        bytes.write(document, start, to - start);
      }
      next = Math.max(next, to);
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }

  /**
   * The tags of the {@link #NEEDED} elements, in document order; {@code null} for what the cut does
   * not follow. Each {@code <} is found by String's search (the JVM's fastest, compiled early as
   * javac uses it all the time); of the tag's name only the length and a few chars are looked at.
   */
  private static @Nullable List<Tag> neededTags(String text) {
    boolean[] mayStartNeeded = nameStarts(text);
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
  private static boolean[] nameStarts(String text) {
    boolean[] starts = new boolean[256]; // a char per byte
    for (String needed : NEEDED) {
      starts[needed.charAt(0)] = true;
    }
    String declaration = "xmlns:";
    for (int at = text.indexOf(declaration); at >= 0; at = text.indexOf(declaration, at + 1)) {
      int prefix = at + declaration.length();
      if (prefix < text.length()) {
        starts[text.charAt(prefix)] = true; // a prefix outside ASCII: its first byte
      }
    }
    return starts;
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

  /** Whether the enum type or annotations {@code tag} starts may be one {@code names} need. */
  private static boolean wanted(String text, Tag tag, Set<String> names) {
    boolean enumType = tag.localName().equals("EnumType");
    String value = tag.attribute(text, enumType ? "Name" : "Target");
    if (value == null || value.isBlank()) {
      return true; // the reader says what is wrong with it, or skips it
    }
    if (value.indexOf('&') >= 0 || !isAscii(value)) {
      return true; // unsettled: an entity reference, or bytes of another character
    }
    String name = value.strip();
    if (!enumType) {
      // A type's target is "namespace.type", a member's "namespace.type/member"; an alias may stand
      // for the namespace.
      int slash = name.indexOf('/');
      String type = slash < 0 ? name : name.substring(0, slash);
      name = type.substring(type.lastIndexOf('.') + 1).strip();
    }
    return names.contains(name);
  }

  /**
   * Where the element that {@code tags.get(start)} opens ends: after the end tag that closes it,
   * counting elements of the same name inside it; -1 if unterminated.
   */
  private static int endOfElement(List<Tag> tags, int start) {
    String name = tags.get(start).name();
    int depth = 1;
    for (int i = start + 1; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      if (tag.name().equals(name)) {
        if (tag.closing()) {
          depth--;
          if (depth == 0) {
            return tag.end();
          }
        } else if (!tag.empty()) {
          depth++;
        }
      }
    }
    return -1;
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
  private record Tag(int start, int end, String name, boolean closing, boolean empty) {

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
     * document} is the document it is in, a char per byte.
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

  private static boolean isClosing(String text, int at) {
    return at + 1 < text.length() && text.charAt(at + 1) == '/';
  }

  private static boolean endsName(char c) {
    return c == '>' || c == '/' || isSpace(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code <} and the markup's other characters are single bytes of their own: UTF-8 (with
   * or without its byte order mark), ASCII or an ISO 8859 encoding, not UTF-16 or UTF-32.
   */
  private static boolean asciiCompatible(byte[] document) {
    for (int i = 0; i < Math.min(4, document.length); i++) {
      if (document[i] == 0 || document[i] == (byte) 0xFE || document[i] == (byte) 0xFF) {
        return false;
      }
    }
    return true;
  }
}
