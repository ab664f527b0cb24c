package io.github.graphenum.processor.page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Reduces a parsed page to its English text, in place; or, for a translation, to its translated
 * text.
 *
 * <p>A side-by-side localized page wraps every text twice: {@code <span data-ttu-id="..">
 * translated</span><span class="sxs-lookup"><span data-stu-id="..">English</span></span>}. The
 * translated text is machine output with wrong names and values, so it is removed, never read: in a
 * block or table cell that has an English span, only the text inside English spans is kept (text
 * left outside any span there is the debris of a damaged page, but white space between spans
 * separates sentences and stays); anywhere, the text inside a translated span is removed. Every
 * inline HTML tag is then dropped (the text between tags stays), so that later stages see markdown
 * nodes only; {@code <br>} becomes a space.
 *
 * <p>The translated reduction ({@link #keepTranslated}) is the mirror image, for the descriptions a
 * translation takes from a localized page, and for nothing else: in a block or cell that has an
 * English span, only the text inside translated spans is kept; anywhere, the English spans' text is
 * removed. A page without English spans (machine-translated without them) keeps all its text.
 */
final class EnglishText {
  private enum Span {
    TRANSLATED,
    ENGLISH,
    OTHER
  }

  private final Span kept;
  private final Span removed;
  private boolean sawEnglish;

  /**
   * @param kept the spans whose text a side-by-side container keeps
   * @param removed the spans whose text is removed everywhere
   */
  private EnglishText(Span kept, Span removed) {
    this.kept = kept;
    this.removed = removed;
  }

  /**
   * Removes translated text and inline HTML tags under {@code document}.
   *
   * @return whether the page had English {@code sxs-lookup} spans, that is, is side-by-side
   */
  static boolean keepEnglish(Node document) {
    EnglishText text = new EnglishText(Span.ENGLISH, Span.TRANSLATED);
    text.container(document);
    return text.sawEnglish;
  }

  /** Removes English text and inline HTML tags under {@code document}: its translated reading. */
  static void keepTranslated(Node document) {
    new EnglishText(Span.TRANSLATED, Span.ENGLISH).container(document);
  }

  /**
   * A block or a table cell. Inline HTML cannot cross one, so each starts with no open span: a span
   * left open (a cut page) does not swallow what follows.
   */
  private void container(Node container) {
    boolean sideBySide = hasEnglishSpan(container);
    sawEnglish |= sideBySide;
    new Walk(sideBySide).children(container);
  }

  /**
   * Whether the inline content of {@code container} (not of blocks inside it) has an English span.
   */
  private static boolean hasEnglishSpan(Node container) {
    Deque<Node> pending = new ArrayDeque<>();
    for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
      pending.push(child);
    }
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof Block || node instanceof TableCell) {
        continue;
      }
      if (node instanceof HtmlInline html && html.getLiteral().contains("sxs-lookup")) {
        return true;
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        pending.push(child);
      }
    }
    return false;
  }

  /**
   * The walk over one container's inline nodes, with the spans open at each point. Besides the
   * stack of open spans, it counts the open kept and removed ones, so that asking whether text is
   * read costs the same however many spans a page leaves open (a page of 4 MiB of unclosed {@code
   * <span>} tags made a search of the stack per node take 30 s).
   */
  private final class Walk {
    private final boolean sideBySide;
    private final Deque<Span> open = new ArrayDeque<>();
    private int removedOpen;
    private int keptOpen;

    Walk(boolean sideBySide) {
      this.sideBySide = sideBySide;
    }

    /** Whether text at this point is read. */
    private boolean keeps() {
      return removedOpen == 0 && (!sideBySide || keptOpen > 0);
    }

    private void opened(Span span) {
      open.push(span);
      removedOpen += span == removed ? 1 : 0;
      keptOpen += span == kept ? 1 : 0;
    }

    private void closed() {
      Span span = open.pop();
      removedOpen -= span == removed ? 1 : 0;
      keptOpen -= span == kept ? 1 : 0;
    }

    void children(Node parent) {
      List<Node> children = new ArrayList<>();
      for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
        children.add(child);
      }
      for (Node child : children) {
        visit(child);
      }
    }

    private void visit(Node node) {
      if (node instanceof Block || node instanceof TableCell) {
        container(node);
        return;
      }
      if (node instanceof HtmlInline html) {
        String tag = html.getLiteral().toLowerCase(Locale.ROOT);
        if (tag.startsWith("<br") && keeps()) {
          node.insertBefore(new Text(" "));
        } else if (tag.startsWith("<span")) {
          opened(
              tag.contains("sxs-lookup")
                  ? Span.ENGLISH
                  : tag.contains("data-ttu-id") ? Span.TRANSLATED : Span.OTHER);
        } else if (tag.startsWith("</span") && !open.isEmpty()) {
          closed();
        }
        node.unlink();
        return;
      }
      boolean keeps = keeps() || separatesSpans(node);
      if (node.getFirstChild() != null) {
        children(node);
        if (!keeps && node.getFirstChild() == null) {
          node.unlink();
        }
      } else if (!keeps) {
        node.unlink();
      }
    }

    /**
     * Whether {@code node} is white space between the spans of a side-by-side container, outside
     * them all: the space the tool left between two sentences, each in spans of its own, which both
     * readings keep (without it, {@code user.</span> <span} read {@code user.All}).
     */
    private boolean separatesSpans(Node node) {
      return sideBySide
          && open.isEmpty()
          && (node instanceof SoftLineBreak
              || (node instanceof Text text && text.getLiteral().isBlank()));
    }
  }
}
