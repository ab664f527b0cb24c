package io.github.graphenum.processor.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.node.Node;

/**
 * The translated reading of a localized page: the Description cells of its tables, as plain text,
 * from the visible text of a side-by-side page (its English spans removed, {@link
 * EnglishText#keepTranslated}) or the only text of a page without English spans.
 *
 * <p>Nothing else is read from this reading: names, values, headings and columns come from the
 * English reading of the same text, whose top-level blocks correspond to this one's one for one
 * (both reductions change inline text only). The Description column is found in the English
 * reading's header, which a side-by-side page gives in English whatever the language.
 */
public final class TranslatedDescriptions {
  private TranslatedDescriptions() {}

  /**
   * The plain text of each table row's Description cell, by the row's page line.
   *
   * @param englishBlocks the top-level blocks of the English reading, its tables' headers intact
   * @param translated the same text parsed again; reduced here to its translated text
   * @param pageLine a line of the parsed text, as the page numbers it
   */
  static Map<Integer, String> read(
      List<Node> englishBlocks, Node translated, IntUnaryOperator pageLine) {
    EnglishText.keepTranslated(translated);
    IncludeReferences.remove(translated);
    Map<Integer, String> descriptions = new HashMap<>();
    Node block = translated.getFirstChild();
    for (int i = 0; i < englishBlocks.size() && block != null; i++, block = block.getNext()) {
      if (!(englishBlocks.get(i) instanceof TableBlock english)
          || !(block instanceof TableBlock table)) {
        continue;
      }
      int column = MemberTables.descriptionColumn(english);
      for (Node part = table.getFirstChild(); column >= 0 && part != null; part = part.getNext()) {
        if (!(part instanceof TableBody)) {
          continue;
        }
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          Node cell = cellAt(row, column);
          String text = cell == null ? "" : Descriptions.plainText(cell);
          if (!text.isEmpty()) {
            descriptions.put(pageLine.applyAsInt(NodeLines.lineOf(row)), text);
          }
        }
      }
    }
    return descriptions;
  }

  private static Node cellAt(Node row, int column) {
    Node cell = row.getFirstChild();
    for (int i = 0; i < column && cell != null; i++) {
      cell = cell.getNext();
    }
    return cell;
  }
}
