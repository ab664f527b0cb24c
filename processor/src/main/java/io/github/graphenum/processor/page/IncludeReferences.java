package io.github.graphenum.processor.page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.jspecify.annotations.Nullable;

/**
 * Removes the docs site's include references, {@code [!INCLUDE [name](path)]}, from a parsed page,
 * in place. The docs site replaces one with another file's text; that file is not beside the
 * generated code, and commonmark reads the reference as brackets around a relative link, so that a
 * table cell {@code SHA1 hash type. [!INCLUDE [sha-note](../includes/sha-note.md)]} would reach the
 * Javadoc as {@code SHA1 hash type. [!INCLUDE sha-note]}.
 *
 * <p>A reference is the text {@code [!INCLUDE} (in any case) up to its matching {@code ]}, with
 * everything between (the link to the included file); one left without its {@code ]} is text, and
 * stays. A reference lies within one inline text (commonmark's brackets do not cross a block or a
 * cell), and the walk visits each node once, without recursion: a page's nesting may be deep.
 */
final class IncludeReferences {
  private static final String OPENING = "[!INCLUDE";

  private IncludeReferences() {}

  /** Removes every include reference under {@code document}. */
  static void remove(Node document) {
    List<Node> parents = new ArrayList<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(document);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node.getFirstChild() != null) {
        parents.add(node);
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        pending.push(child);
      }
    }
    for (Node parent : parents) {
      mergeAdjacentText(parent);
      removeFrom(parent);
    }
  }

  /**
   * Joins the runs of {@link Text} children of {@code parent} into one each: removing a page's HTML
   * tags ({@link EnglishText}) leaves a text cut where they were.
   */
  private static void mergeAdjacentText(Node parent) {
    Node child = parent.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      if (child instanceof Text text && next instanceof Text) {
        StringBuilder joined = new StringBuilder(text.getLiteral());
        while (next instanceof Text more) {
          joined.append(more.getLiteral());
          next = more.getNext();
          more.unlink();
        }
        text.setLiteral(joined.toString());
      }
      child = next;
    }
  }

  /** Removes the references among the children of {@code parent}, from the first on. */
  private static void removeFrom(Node parent) {
    Node child = parent.getFirstChild();
    int from = 0;
    while (child != null) {
      if (!(child instanceof Text text)) {
        child = child.getNext();
        from = 0;
        continue;
      }
      int start = indexOfOpening(text.getLiteral(), from);
      if (start < 0) {
        child = child.getNext();
        from = 0;
        continue;
      }
      End end = endOf(text, start + OPENING.length());
      if (end == null) {
        return; // no ']' closes it, nor any reference after it: text as written
      }
      String before = text.getLiteral().substring(0, start);
      String after = end.text().getLiteral().substring(end.index() + 1);
      // One space where the reference stood between words; none at the cell's start or end.
      String joined =
          after.isEmpty() || before.isEmpty() ? before + after : before.stripTrailing() + after;
      for (Node inside = text.getNext(); inside != null && inside != end.text(); ) {
        Node next = inside.getNext();
        inside.unlink();
        inside = next;
      }
      if (end.text() != text) {
        end.text().unlink();
      }
      text.setLiteral(joined);
      from = joined.length() - after.length(); // the text after the reference may hold another
    }
  }

  /**
   * Where {@code [!INCLUDE} starts in {@code literal}, ignoring case, at or after {@code from}; or
   * -1.
   */
  private static int indexOfOpening(String literal, int from) {
    for (int at = literal.indexOf('[', from); at >= 0; at = literal.indexOf('[', at + 1)) {
      if (literal.regionMatches(true, at, OPENING, 0, OPENING.length())) {
        return at;
      }
    }
    return -1;
  }

  /** The {@code ]} that closes a reference: in {@code text}, at {@code index}. */
  private record End(Text text, int index) {}

  /**
   * The {@code ]} that closes the reference whose text goes on at {@code from} of {@code text}: the
   * brackets of the texts after it are counted; the other nodes between (a link's brackets are its
   * own) are inside the reference; {@code null} when none closes it.
   */
  private static @Nullable End endOf(Text text, int from) {
    int depth = 1;
    int at = from;
    for (Node node = text; node != null; node = node.getNext(), at = 0) {
      if (!(node instanceof Text part)) {
        continue;
      }
      String literal = part.getLiteral();
      for (int i = at; i < literal.length(); i++) {
        char c = literal.charAt(i);
        if (c == '[') {
          depth++;
        } else if (c == ']' && --depth == 0) {
          return new End(part, i);
        }
      }
    }
    return null;
  }
}
