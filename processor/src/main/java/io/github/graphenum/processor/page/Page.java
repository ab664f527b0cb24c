package io.github.graphenum.processor.page;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A doc page as read: the enums it documents, in page order, nothing checked yet.
 *
 * @param doc the page as the spec names it, for diagnostics
 * @param sideBySide whether the page is a localized side-by-side page, read through its English
 *     spans
 * @param translation why the page is taken for machine-translated, or {@code null} when it is not
 * @param namespace the {@code Namespace:} line's value, or {@code null} when the page has none or
 *     it is no dotted name
 * @param unusableNamespace the {@code Namespace:} line's value when it is no dotted name ({@code
 *     microsoft.graph.}, {@code a..b}), for a warning; or {@code null}
 * @param sections the documented enums, in page order
 */
public record Page(
    String doc,
    boolean sideBySide,
    @Nullable String translation,
    @Nullable String namespace,
    @Nullable String unusableNamespace,
    List<Section> sections) {

  public Page {
    sections = List.copyOf(sections);
  }

  /**
   * The page's only section when its heading names no enum (a bare table, or a translated heading
   * that hides the name), or {@code null}: such a section stands for the enum a spec names.
   */
  public @Nullable Section soleUnnamedSection() {
    return sections.size() == 1 && sections.get(0).name() == null ? sections.get(0) : null;
  }

  /**
   * One documented enum: the page's own ({@code # name enum type}) or a section of a multi-enum
   * page ({@code ### name values}).
   *
   * @param name the Graph name, or {@code null} when the heading could not be read (a translated
   *     heading)
   * @param heading the heading's text (its English text on a side-by-side page)
   * @param ownPage whether this is a page's own enum ({@code # name enum type}), not a section of a
   *     multi-enum page
   * @param line the heading's 1-based line
   * @param description the paragraphs between the heading and the table
   * @param table the members table, or {@code null} when the section has none
   * @param tableProblem why no table was taken (for example a table without a Member column), or
   *     {@code null}
   * @param ignoredTables the lines of further members tables in the section, which are not read
   */
  public record Section(
      @Nullable String name,
      String heading,
      boolean ownPage,
      int line,
      Description description,
      @Nullable MemberTable table,
      @Nullable String tableProblem,
      List<Integer> ignoredTables) {

    public Section {
      ignoredTables = List.copyOf(ignoredTables);
    }

    public String label() {
      return name != null ? name : "(heading '" + heading + "' at line " + line + ")";
    }
  }
}
