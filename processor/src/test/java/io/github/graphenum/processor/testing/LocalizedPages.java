package io.github.graphenum.processor.testing;

/**
 * The pages of the translation tests: an English page of the enum {@code color}, and the
 * side-by-side form of its localized pages.
 */
public final class LocalizedPages {
  /** The English page: three members, each described with inline markup. */
  public static final String COLOR =
      """
      # color enum type

      Namespace: microsoft.graph

      | Member | Value | Description |
      |---|---|---|
      | red | 0 | The color `red`. |
      | darkBlue | 1 | Dark **blue**. |
      | green | 2 | Green. |
      """;

  /** The side-by-side rows of {@link #COLOR}'s members, translated into Portuguese. */
  public static final String RED = sxsRow("red", "vermelho", "0", "Vermelho.", "The color `red`.");

  public static final String DARK_BLUE =
      sxsRow("darkBlue", "azulEscuro", "1", "Azul escuro.", "Dark **blue**.");

  public static final String GREEN = sxsRow("green", "verde", "duas", "Verde.", "Green.");

  /** A row of a member {@link #COLOR} lacks. */
  public static final String YELLOW = sxsRow("yellow", "amarelo", "3", "Amarelo.", "Yellow.");

  private LocalizedPages() {}

  /** Text twice, as a side-by-side page writes it: translated, then the English original. */
  public static String sxs(String translated, String english) {
    return "<span data-ttu-id=\"x\">"
        + translated
        + "</span><span class=\"sxs-lookup\"><span data-stu-id=\"x\">"
        + english
        + "</span></span>";
  }

  /** A side-by-side row: member name, value and description, each translated and in English. */
  public static String sxsRow(
      String member, String translatedMember, String value, String translated, String english) {
    return "|"
        + sxs(translatedMember, member)
        + "|"
        + sxs(value, value)
        + "|"
        + sxs(translated, english)
        + "|\n";
  }

  /**
   * A side-by-side page of {@code color} with {@code rows} ({@link #sxsRow}); its header is at line
   * 3.
   */
  public static String sideBySide(String... rows) {
    return "# "
        + sxs("tipo de enumeração color", "color enum type")
        + "\n\n| Member | Value | Description |\n|---|---|---|\n"
        + String.join("", rows);
  }
}
