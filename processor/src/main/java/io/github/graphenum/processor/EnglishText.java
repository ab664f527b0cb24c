package io.github.graphenum.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Reduces a parsed page to its English text, in place.
 *
 * <p>A side-by-side localized page wraps every text twice: {@code <span data-ttu-id="..">
 * translated</span><span class="sxs-lookup"><span data-stu-id="..">English</span></span>}. The
 * translated span is machine output with wrong names and values, so everything inside it is
 * removed, never read. Every inline HTML tag is then dropped (the text between tags stays), so
 * that later stages see markdown nodes only; {@code <br>} becomes a space.
 */
final class EnglishText {
  private enum Span {
    TRANSLATED,
    ENGLISH,
    OTHER
  }

  private final Deque<Span> open = new ArrayDeque<>();
  private int translatedDepth;
  private boolean sawEnglish;

  private EnglishText() {}

  /**
   * Removes translated spans and inline HTML tags under {@code document}.
   *
   * @return whether the page had English {@code sxs-lookup} spans, that is, is side-by-side
   */
  static boolean keepEnglish(Node document) {
    EnglishText walk = new EnglishText();
    walk.visitChildren(document);
    return walk.sawEnglish;
  }

  private void visitChildren(Node parent) {
    List<Node> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      children.add(child);
    }
    for (Node child : children) {
      visit(child);
    }
  }

  private void visit(Node node) {
    if (node instanceof HtmlInline html) {
      String tag = html.getLiteral().toLowerCase(Locale.ROOT);
      if (tag.startsWith("<br") && translatedDepth == 0) {
        node.insertBefore(new Text(" "));
      } else if (tag.startsWith("<span")) {
        push(tag.contains("sxs-lookup") ? Span.ENGLISH
            : tag.contains("data-ttu-id") ? Span.TRANSLATED : Span.OTHER);
      } else if (tag.startsWith("</span")) {
        pop();
      }
      node.unlink();
      return;
    }
    if (node instanceof Block || node instanceof TableCell) {
      visitWithOwnSpans(node);
      return;
    }
    boolean inTranslation = translatedDepth > 0;
    if (node.getFirstChild() != null) {
      visitChildren(node);
      if (inTranslation && node.getFirstChild() == null) {
        node.unlink();
      }
    } else if (inTranslation) {
      node.unlink();
    }
  }

  /**
   * Inline HTML cannot span two blocks or two table cells, so a span left open (a cut page) must
   * not swallow what follows: each block and cell starts with no open span.
   */
  private void visitWithOwnSpans(Node container) {
    Deque<Span> outer = new ArrayDeque<>(open);
    int outerDepth = translatedDepth;
    open.clear();
    translatedDepth = 0;
    visitChildren(container);
    open.clear();
    open.addAll(outer);
    translatedDepth = outerDepth;
  }

  private void push(Span span) {
    open.push(span);
    if (span == Span.TRANSLATED) {
      translatedDepth++;
    } else if (span == Span.ENGLISH) {
      sawEnglish = true;
    }
  }

  private void pop() {
    if (!open.isEmpty() && open.pop() == Span.TRANSLATED) {
      translatedDepth--;
    }
  }
}
