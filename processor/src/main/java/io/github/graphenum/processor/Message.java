package io.github.graphenum.processor;

import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor can report, in one place, so that wording stays consistent and each
 * message can be found from its text. The texts are {@link String#format} patterns.
 */
enum Message {
  DOC_NOT_FOUND(Kind.ERROR, "doc page %s not found; tried: %s"),
  FOLDER_NOT_FOUND(Kind.ERROR, "folder %s not found; tried: %s"),
  DOC_OUTSIDE_ROOTS(Kind.ERROR, "doc page %s resolves outside every docs root (%s)"),
  SOURCE_BOTH(
      Kind.ERROR,
      "set either doc (a page under a docs root) or table (the members table as markdown), not"
          + " both"),
  SOURCE_NONE(
      Kind.ERROR,
      "no members table: set doc = \"<page>\" (a page under a docs root), or table = \"<members"
          + " table as markdown>\", or write the members table in this interface's Javadoc"),
  PAGE_TOO_LARGE(Kind.ERROR, "page is %,d bytes; pages over %,d bytes (4 MiB) are refused"),
  PAGE_UNREADABLE(Kind.ERROR, "cannot read the page: %s"),
  PAGE_NOT_UTF8(Kind.ERROR, "page is not valid UTF-8 (first bad byte at offset %,d)"),
  TOO_MANY_BRACKET_PAIRS(
      Kind.ERROR,
      "the page's brackets would take the markdown parser too long: by this line, %,d pairs of a"
          + " '[' and a later ']' in one block of lines; pages over %,d such pairs are refused"),
  TOO_MANY_TABLE_CELLS(
      Kind.ERROR,
      "the table whose header is at this line has up to %,d columns by %,d rows, which brings the"
          + " page to %,d table cells; pages over %,d table cells are refused"),
  PAGE_TOO_MANY_ENUMS(
      Kind.ERROR, "the page documents %,d enums; pages that document more than %,d are refused"),
  FOLDER_TOO_MANY_ENUMS(
      Kind.ERROR,
      "the folder %s documents %,d enums; one @GraphEnums generates at most %,d: divide the folder"
          + " with include and exclude"),
  NO_ENUM_NAME(
      Kind.ERROR,
      "the heading '%s' does not name an enum ('<name> enum type'); set name on the annotation"),
  SEVERAL_ENUMS(Kind.ERROR, "the page documents several enums; set name to one of: %s"),
  UNKNOWN_SECTION(Kind.ERROR, "the page documents no enum named %s; it documents: %s"),
  NO_MEMBERS_TABLE(Kind.ERROR, "no members table for %s (a table with a Member column)%s"),
  EMPTY_MEMBERS_TABLE(Kind.ERROR, "the members table of %s has no rows"),
  CONFLICTING_TABLES(
      Kind.ERROR,
      "%s is documented twice on this page with different members: lines %d and %d (%s)"),
  FOLDER_UNNAMED_TABLE(
      Kind.ERROR, "the heading '%s' does not name the enum its members table documents; skipped"),
  FOLDER_CONTRADICTION_OWN_PAGE(
      Kind.WARNING,
      "%s is documented with different members in %s and %s; the page of its own, %s, is"
          + " generated"),
  FOLDER_CONTRADICTION(
      Kind.WARNING, "%s is documented with different members in %s and %s; not generated"),
  FOLDER_SKIPPED(Kind.WARNING, "%s is not generated: %s"),
  REPEATED_COLUMN(Kind.WARNING, "the members table has a second %s column; it is ignored"),
  UNKNOWN_COLUMN(
      Kind.WARNING,
      "the members table has a column headed '%s', which is none of Member, Value and Description;"
          + " it is not read"),
  RELABELED_COLUMN(
      Kind.WARNING,
      "column %d of the members table is headed '%s' but holds %s; it is read as the %s"
          + " column"),
  OVERFULL_ROW(
      Kind.WARNING,
      "this row has more cells than the table's header; the extra cells are ignored (an unescaped"
          + " | in a cell ends the cell)"),
  MACHINE_TRANSLATED(
      Kind.WARNING,
      "the page is machine-translated (%s): member names and values may be translated too;"
          + " check the generated enum against the English page"),
  INVALID_MEMBER_NAME(
      Kind.ERROR,
      "member name '%s' is not a Graph identifier (letters, digits and underscores, not starting"
          + " with a digit)%s"),
  MEMBER_NAME_TOO_LONG(
      Kind.ERROR, "member name '%s...' is %,d chars long; names of more than %,d chars are refused"),
  ENUM_TOO_LARGE(
      Kind.ERROR,
      "%s has %,d members; javac compiles at most %,d constants in one enum (its static"
          + " initializer is limited to 64 KiB of bytecode)"),
  DUPLICATE_MEMBER(Kind.ERROR, "member %s is documented twice (first at line %d)"),
  VALUE_NOT_INTEGER(Kind.ERROR, "value '%s' of member %s is not an integer%s"),
  VALUE_OUT_OF_RANGE(
      Kind.ERROR, "value %s of member %s is outside the int range [-2147483648, 2147483647]"),
  DUPLICATE_VALUE(Kind.ERROR, "value %d of member %s is also the value of %s (line %d)"),
  CONSTANT_NAME_CLASH(
      Kind.WARNING,
      "members %s and %s both map to the constant name %s; %s is named %s (add rename ="
          + " \"%s=NAME\" to choose another)"),
  INVALID_RENAME(Kind.ERROR, "rename entry '%s' is not of the form memberName=CONSTANT_NAME"),
  RENAME_UNKNOWN_MEMBER(Kind.ERROR, "rename names member %s, which %s does not have"),
  RENAME_NOT_IDENTIFIER(Kind.ERROR, "rename gives %s the constant name '%s', not a Java identifier"),
  RENAME_CLASH(Kind.ERROR, "members %s and %s would both be named %s"),
  FLAGS_WITHOUT_VALUES(
      Kind.ERROR, "flags = true needs values, and the members table of %s has no Value column"),
  FLAGS_NEGATIVE(Kind.ERROR, "value %d of flags member %s is negative"),
  FLAGS_NOT_BITS(
      Kind.ERROR,
      "value %d of flags member %s is neither a single bit, nor 0, nor a combination of the"
          + " documented bits (bits 0x%x are no member's)"),
  INVALID_CLASS_NAME(Kind.ERROR, "'%s' is not a valid Java class name; set className"),
  DUPLICATE_CLASS(Kind.ERROR, "%s is generated by another spec too: %s"),
  CANNOT_WRITE(Kind.ERROR, "cannot write %s: %s"),
  METADATA_INVALID(Kind.ERROR, "graphenum.metadata: %s"),
  METADATA_DRIFT(Kind.WARNING, "the docs and the service metadata (%s) differ for %s: %s"),
  METADATA_FLAGS(
      Kind.WARNING,
      "the service metadata (%s) marks %s IsFlags=\"true\"; add flags = true to the spec"),
  METADATA_NOT_FLAGS(
      Kind.WARNING, "flags = true, but the service metadata (%s) does not mark %s as flags"),
  METADATA_ABSENT(
      Kind.NOTE, "%s is not in the service metadata (%s), so it is not checked against it"),
  JACKSON_MISSING(
      Kind.ERROR,
      "%s=true needs Jackson's annotations on the compile class path: add the dependency"
          + " com.fasterxml.jackson.core:jackson-annotations"),
  UNEXPECTED_FAILURE(Kind.ERROR, "graphenum failed on this spec; please report it: %s");

  private final Kind kind;
  private final String format;

  Message(Kind kind, String format) {
    this.kind = kind;
    this.format = format;
  }

  Kind kind() {
    return kind;
  }

  /** A diagnostic with no place on a page. */
  Diagnostic at(Object... args) {
    return new Diagnostic(this, kind, null, 0, String.format(format, args));
  }

  /** A diagnostic about line {@code line} (1-based) of the page {@code page}. */
  Diagnostic onPage(String page, int line, Object... args) {
    return new Diagnostic(this, kind, page, line, String.format(format, args));
  }
}
