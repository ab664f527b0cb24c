package io.github.graphenum.processor.model;

import io.github.graphenum.processor.spec.EnumSpec;

/**
 * Where a generated enum's table came from, as the generated Javadoc and {@code @Generated} say it.
 *
 * @param what what it was: "the page", "the table of" or "the Javadoc of"
 * @param name the page's path or the spec's qualified name
 */
public record Origin(String what, String name) {

  /** Whether the table came from a doc page (which may be machine-translated). */
  public boolean isPage() {
    return what.equals("the page");
  }

  static Origin of(EnumSpec spec) {
    if (spec.source() instanceof EnumSpec.DocPage page) {
      return new Origin("the page", page.doc());
    }
    EnumSpec.InlineText text = (EnumSpec.InlineText) spec.source();
    return new Origin(text.value() != null ? "the table of" : "the Javadoc of", text.specName());
  }
}
