package io.github.graphenum.processor.metadata;

import io.github.graphenum.processor.metadata.CsdlTags.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * of those names reads the same either way (MetadataCutCorpusTest compares every type of the
 * corpus).
 *
 * <p>Elements are found by their tags alone ({@link CsdlTags}). The markup is ASCII, and in an
 * ASCII-compatible encoding such as UTF-8 its bytes are never part of another character, so the
 * bytes are searched as ISO 8859-1 text. Keeping more than needed is harmless, so a name the bytes
 * do not settle (an entity reference, a byte outside ASCII, a blank) keeps its element. Where the
 * document has a shape the cut does not follow (another encoding, a document type declaration, an
 * {@code <Include>} after a schema, something unterminated, no schema, a name with a dot or a
 * slash, an enum type inside annotations left out, a prefix declared after the first schema and
 * used in a kept part), there is no cut, and the whole document is read.
 */
final class CsdlSections {
  private CsdlSections() {}

  /** A document's tags, found once ({@link #scan}): each cut of it is then a pass over them. */
  static final class Scanned {
    private final byte[] document;
    private final String text;
    private final List<CsdlTags.Declaration> declarations;
    private final List<Tag> tags;

    private Scanned(
        byte[] document, String text, List<CsdlTags.Declaration> declarations, List<Tag> tags) {
      this.document = document;
      this.text = text;
      this.declarations = declarations;
      this.tags = tags;
    }
  }

  /**
   * The tags of {@code document}, or {@code null} where it must be read whole: an encoding whose
   * bytes are not the markup's, or a shape the tags do not follow (a document type declaration,
   * something unterminated).
   */
  static @Nullable Scanned scan(byte[] document) {
    if (!asciiCompatible(document)) {
      return null;
    }
    String text = new String(document, StandardCharsets.ISO_8859_1);
    List<CsdlTags.Declaration> declarations = CsdlTags.prefixDeclarations(text);
    List<Tag> tags = CsdlTags.find(text, declarations);
    return tags == null ? null : new Scanned(document, text, declarations, List.copyOf(tags));
  }

  /** {@link #cut(Scanned, Set, boolean)} of {@code document}, scanned for this cut alone. */
  static byte @Nullable [] cut(byte[] document, Set<String> names, boolean keepLines) {
    Scanned scanned = scan(document);
    return scanned == null ? null : cut(scanned, names, keepLines);
  }

  /**
   * The cut of the scanned document for the enum types named {@code names} (with no namespace or
   * alias), or {@code null} where the whole document must be read. With {@code keepLines}, each
   * part left out leaves its line breaks (and a space per other character), so that a line and
   * column of the cut are those of the document: for the reader's messages, when there is one.
   */
  static byte @Nullable [] cut(Scanned scanned, Set<String> names, boolean keepLines) {
    for (String name : names) {
      if (name.indexOf('.') >= 0 || name.indexOf('/') >= 0) {
        return null; // a target "ns.a.b/m" would not settle which part is the type's name
      }
    }
    byte[] document = scanned.document;
    String text = scanned.text;
    List<CsdlTags.Declaration> declarations = scanned.declarations;
    List<Tag> tags = scanned.tags;
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
        || usesPrefixDeclaredInBody(text, firstSchema, bodyParts, declarations)) {
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
  private static boolean usesPrefixDeclaredInBody(
      String text, int firstSchema, List<int[]> parts, List<CsdlTags.Declaration> declarations) {
    Set<String> prefixes = new HashSet<>();
    for (CsdlTags.Declaration declaration : declarations) {
      if (declaration.at() >= firstSchema) {
        prefixes.add(declaration.prefix());
      }
    }
    if (prefixes.isEmpty()) {
      return false;
    }
    for (int[] part : parts) {
      for (int at = part[0]; at < part[1]; at++) {
        char c = text.charAt(at);
        // A prefixed name starts after '<', '/' or a space: "<e:Member", "</e:Member", " e:x=".
        if ((c == '<' || c == '/' || CsdlTags.isSpace(c)) && at + 1 < part[1]) {
          int end = CsdlTags.endOfNameChars(text, at + 1);
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
        // character of its own (in a single-byte encoding, a column after such a byte on the same
        // line may be off: the line, which the messages name, is right).
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
   * or without its byte order mark), ASCII, an ISO 8859 or a Windows code page, as the XML
   * declaration says (none says UTF-8); not UTF-16 or UTF-32, nor an encoding such as ISO-2022-JP
   * whose characters may hold the byte of {@code <}.
   */
  private static boolean asciiCompatible(byte[] document) {
    for (int i = 0; i < Math.min(4, document.length); i++) {
      if (document[i] == 0 || document[i] == (byte) 0xFE || document[i] == (byte) 0xFF) {
        return false;
      }
    }
    String prolog =
        new String(document, 0, Math.min(200, document.length), StandardCharsets.ISO_8859_1);
    int declaration = prolog.indexOf("<?xml");
    int end = prolog.indexOf("?>");
    if (declaration < 0 || declaration > 3 || end < 0) {
      return declaration < 0; // no declaration: UTF-8; one longer than this: not followed
    }
    int encoding = prolog.indexOf("encoding", declaration);
    if (encoding < 0 || encoding > end) {
      return true;
    }
    int quote = encoding + "encoding".length();
    while (quote < end && prolog.charAt(quote) != '"' && prolog.charAt(quote) != '\'') {
      quote++;
    }
    int close = quote < end ? prolog.indexOf(prolog.charAt(quote), quote + 1) : -1;
    if (close < 0 || close > end) {
      return false;
    }
    String name = prolog.substring(quote + 1, close).strip().toLowerCase(Locale.ROOT);
    return name.equals("utf-8")
        || name.equals("utf8")
        || name.equals("us-ascii")
        || name.equals("ascii")
        || name.startsWith("iso-8859-")
        || name.startsWith("windows-125");
  }
}
