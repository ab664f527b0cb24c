package io.github.graphenum.processor.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns the inline markup of a description (a table cell, the paragraphs under a heading) into a
 * {@link Description}: HTML from commonmark's renderer, and plain text.
 *
 * <p>Links with an absolute {@code http}, {@code https} or {@code mailto} target stay links, with
 * the destination made one that doclint takes ({@link LinkDestinations}) and without a title
 * (doclint knows no {@code title} attribute); relative links (to other doc pages, which do not
 * exist beside the generated code), other schemes ({@code javascript:}), destinations that are no
 * address and images keep only their text.
 */
public final class Descriptions {
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().escapeHtml(true).omitSingleParagraphP(true).softbreak(" ").build();

  private Descriptions() {}

  /** The description held by the children of {@code container}, which are moved out of it. */
  static Description ofInlines(Node container) {
    Paragraph paragraph = new Paragraph();
    moveChildren(container, paragraph);
    return of(List.of(paragraph));
  }

  /** The description made of {@code paragraphs}, which are moved out of their document. */
  static Description of(List<Paragraph> paragraphs) {
    List<String> html = new ArrayList<>();
    List<String> text = new ArrayList<>();
    for (Paragraph paragraph : paragraphs) {
      paragraph.unlink();
      keepOnlyValidLinks(paragraph);
      String plain = plainText(paragraph);
      if (!plain.isEmpty()) {
        // Rendered as the only paragraph of a document, so that the renderer omits the <p>.
        Document alone = new Document();
        alone.appendChild(paragraph);
        html.add(HTML.render(alone).strip());
        text.add(plain);
      }
    }
    if (text.isEmpty()) {
      return Description.EMPTY;
    }
    return new Description(String.join("\n<p>", html), String.join("\n\n", text));
  }

  /** The text of the inline nodes under {@code node}: literals joined, whitespace collapsed. */
  static String plainText(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
          }

          @Override
          public void visit(HardLineBreak hardLineBreak) {
            out.append(' ');
          }
        });
    return collapsedWhitespace(out).strip();
  }

  /**
   * {@code text} with each run of white space (space, tab, line breaks, form feed: what {@code \s}
   * matches) made one space.
   */
  private static String collapsedWhitespace(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space) {
        out.append(c);
      } else if (!inRun) {
        out.append(' ');
      }
      inRun = space;
    }
    return out.toString();
  }

  private static void keepOnlyValidLinks(Node root) {
    List<Node> unwrap = new ArrayList<>();
    root.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            String destination =
                isAbsolute(link.getDestination())
                    ? LinkDestinations.forJavadoc(link.getDestination())
                    : null;
            if (destination == null) {
              unwrap.add(link);
            } else {
              link.setDestination(destination);
              link.setTitle(null);
            }
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            unwrap.add(image);
            visitChildren(image);
          }
        });
    for (Node node : unwrap) {
      Node child = node.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        node.insertBefore(child);
        child = next;
      }
      node.unlink();
    }
  }

  private static boolean isAbsolute(String destination) {
    String lower = destination.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://")
        || lower.startsWith("http://")
        || lower.startsWith("mailto:");
  }

  private static void moveChildren(Node from, Node to) {
    Node child = from.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      to.appendChild(child);
      child = next;
    }
  }
}
