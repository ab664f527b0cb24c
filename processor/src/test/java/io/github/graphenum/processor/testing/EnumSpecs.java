package io.github.graphenum.processor.testing;

import io.github.graphenum.processor.spec.EnumSpec;
import java.util.List;

/**
 * {@link EnumSpec}s for the tests of the stages after the spec is read, which have no javac: no
 * element and no annotation to report on, the rest named.
 *
 * <pre>
 * EnumSpec spec = EnumSpecs.onPage("color.md").name("color").flags(true).build();
 * </pre>
 */
public final class EnumSpecs {
  private EnumSpecs() {}

  /** A spec of the page {@code doc} (its {@code doc} attribute, no attribute value to point at). */
  public static Builder onPage(String doc) {
    return new Builder(new EnumSpec.DocPage(doc, null), null);
  }

  /** A spec whose table is written in its own source. */
  public static Builder inline(EnumSpec.InlineText text) {
    return new Builder(null, text);
  }

  /**
   * An {@link EnumSpec} being built: by default it names no enum (the source's only one), falls
   * back to the name {@code x}, keeps the default class name, renames nothing, is not flags and is
   * in the package {@value Specs#PACKAGE}.
   */
  public static final class Builder {
    private final EnumSpec.DocPage page;
    private final EnumSpec.InlineText text;
    private String name = "";
    private String fallbackName = "x";
    private String className = "";
    private List<String> rename = List.of();
    private boolean flags;
    private String packageName = Specs.PACKAGE;

    /** One of {@code page} and {@code text}: where the table comes from. */
    private Builder(EnumSpec.DocPage page, EnumSpec.InlineText text) {
      this.page = page;
      this.text = text;
    }

    /** The Graph enum asked for, as the {@code name} attribute says. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The name when neither the spec nor the source names the enum. */
    public Builder fallbackName(String fallbackName) {
      this.fallbackName = fallbackName;
      return this;
    }

    public Builder className(String className) {
      this.className = className;
      return this;
    }

    public Builder rename(String... entries) {
      this.rename = List.of(entries);
      return this;
    }

    public Builder flags(boolean flags) {
      this.flags = flags;
      return this;
    }

    public Builder inPackage(String packageName) {
      this.packageName = packageName;
      return this;
    }

    public EnumSpec build() {
      return new EnumSpec(
          null,
          null,
          page != null ? page : text,
          name,
          fallbackName,
          className,
          rename,
          flags,
          packageName);
    }
  }
}
