package io.github.graphenum.processor.page;

import org.commonmark.node.Node;

/** Where a parsed markdown node starts in its text, for diagnostics that name a line. */
final class NodeLines {
  private NodeLines() {}

  /** The 1-based line where {@code node} starts, or 0 when the parser gave no position. */
  static int lineOf(Node node) {
    return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
  }
}
