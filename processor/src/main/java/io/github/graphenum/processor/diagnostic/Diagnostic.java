package io.github.graphenum.processor.diagnostic;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.tools.Diagnostic.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A problem found while generating one enum: a value, reported later on the spec element.
 *
 * @param message the catalogue entry
 * @param kind error, warning or note: the message's, or error where a setting makes it one
 * @param page the doc page it concerns, as named on the spec, or {@code null}
 * @param line the 1-based line on that page, or 0 when no line applies
 * @param text the formatted message
 */
public record Diagnostic(Message message, Kind kind, @Nullable String page, int line, String text) {

  /**
   * This diagnostic as {@code @GraphEnums} reports it: in a whole folder, one enum's or one page's
   * error does not fail the build, so an error becomes a warning that says what is not generated;
   * warnings and notes stay as they are.
   *
   * @param enumName the enum that is not generated, or {@code null} for a whole page
   */
  public Diagnostic skippedInFolder(@Nullable String enumName) {
    if (!isError()) {
      return this;
    }
    return enumName == null
        ? Message.FOLDER_PAGE_SKIPPED.onPage(page, line, text)
        : Message.FOLDER_SKIPPED.onPage(page, line, enumName, text);
  }

  /** This diagnostic as an error (for builds that ask for strictness). */
  public Diagnostic asError() {
    return new Diagnostic(message, Kind.ERROR, page, line, text);
  }

  public boolean isError() {
    return kind() == Kind.ERROR;
  }

  /** The text as the user reads it: {@code page.md:12: text}. */
  public String render() {
    if (page == null) {
      return text;
    }
    return line > 0 ? page + ":" + line + ": " + text : page + ": " + text;
  }

  /**
   * This diagnostic with its line quoted after the line's number, for text whose lines a reader
   * cannot count: {@code the table of SizeSpec, line 5 (|large|zero|): text}.
   */
  public Diagnostic aboutQuotedLine(String lineText) {
    return new Diagnostic(message, kind, page + ", line " + line + " (" + lineText + ")", 0, text);
  }

  /** This diagnostic about another line of its page. */
  public Diagnostic onLine(int otherLine) {
    return new Diagnostic(message, kind, page, otherLine, text);
  }

  /** The processor's own failure, with its stack trace, on {@code page} (or none, {@code null}). */
  public static Diagnostic unexpected(@Nullable String page, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return Message.UNEXPECTED_FAILURE.onPage(page, 0, trace);
  }
}
