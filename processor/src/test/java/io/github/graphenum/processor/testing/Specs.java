package io.github.graphenum.processor.testing;

import io.github.graphenum.processor.render.source.JavaText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * The specs the compile tests hand to javac, and the doc pages they read.
 *
 * <p>A spec built here is laid out the same way every time, one attribute a line, so that a test
 * names the line a diagnostic is on by what the line holds:
 *
 * <pre>
 * package test;
 * &#64;io.github.graphenum.GraphEnum(
 *     doc = "color.md",
 *     className = "Shade")
 * interface ColorSpec {}
 * </pre>
 *
 * <p>{@code Specs.graphEnum("ColorSpec").doc("color.md").className("Shade").source()} writes that
 * one; {@link #source(String, String...)} takes a spec written out where its layout is the point (a
 * table in a text block or in the Javadoc, whose rows' lines a diagnostic names).
 */
public final class Specs {
  /** The package a spec is in unless {@link Builder#inPackage} says otherwise. */
  public static final String PACKAGE = "test";

  /** The line of a spec built here that holds its {@code @GraphEnum}, where most reports go. */
  public static final String GRAPH_ENUM = "@io.github.graphenum.GraphEnum(";

  /** The line of a folder spec built here that holds its {@code @GraphEnums}. */
  public static final String GRAPH_ENUMS = "@io.github.graphenum.GraphEnums(";

  private Specs() {}

  /** A {@code @GraphEnum} on the interface {@code test.<simpleName>}. */
  public static Builder graphEnum(String simpleName) {
    return new Builder("io.github.graphenum.GraphEnum", simpleName);
  }

  /** A {@code @GraphEnums} folder on the interface {@code test.<simpleName>}. */
  public static Builder graphEnums(String simpleName) {
    return new Builder("io.github.graphenum.GraphEnums", simpleName);
  }

  /** The source file {@code qualifiedName} (such as {@code test.ColorSpec}), one line a string. */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    return InMemoryJavac.source(qualifiedName, String.join("\n", lines) + "\n");
  }

  /**
   * Writes {@code markdown} to the page {@code page} under {@code root} (a docs root), its folders
   * made as needed.
   *
   * @return the page's file
   */
  public static Path page(Path root, String page, String markdown) {
    Path file = root.resolve(page);
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, markdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A spec: its annotation's attributes, in the order given, and what goes before the annotation (a
   * Javadoc, another annotation). Each method gives a new builder, so that a test class can keep
   * one in a constant and each test add to it.
   */
  public static final class Builder {
    private final String annotation;
    private final String simpleName;
    private final String packageName;
    private final List<String> before;
    private final List<String> attributes;

    private Builder(String annotation, String simpleName) {
      this(annotation, simpleName, PACKAGE, List.of(), List.of());
    }

    private Builder(
        String annotation,
        String simpleName,
        String packageName,
        List<String> before,
        List<String> attributes) {
      this.annotation = annotation;
      this.simpleName = simpleName;
      this.packageName = packageName;
      this.before = List.copyOf(before);
      this.attributes = List.copyOf(attributes);
    }

    /** The spec in {@code name} instead of {@value Specs#PACKAGE}. */
    public Builder inPackage(String name) {
      return new Builder(annotation, simpleName, name, before, attributes);
    }

    /** Lines before the annotation, after the package line: a Javadoc, another annotation. */
    public Builder before(String... lines) {
      return new Builder(annotation, simpleName, packageName, concat(before, lines), attributes);
    }

    /** {@code doc = "<page>"}. */
    public Builder doc(String page) {
      return string("doc", page);
    }

    /** {@code name = "<name>"}. */
    public Builder name(String name) {
      return string("name", name);
    }

    /** {@code className = "<name>"}. */
    public Builder className(String name) {
      return string("className", name);
    }

    /** {@code table = "<markdown>"}, the markdown as one string literal on one line. */
    public Builder table(String markdown) {
      return attribute("table = " + JavaText.stringLiteral(markdown));
    }

    /** {@code flags = true} or {@code false}, of a {@code @GraphEnum}. */
    public Builder flags(boolean flags) {
      return attribute("flags = " + flags);
    }

    /** {@code flags = {...}}: the enums of a {@code @GraphEnums} folder that are flags. */
    public Builder flags(String... names) {
      return strings("flags", names);
    }

    /** {@code rename = {...}}. */
    public Builder rename(String... entries) {
      return strings("rename", entries);
    }

    /** {@code folder = "<folder>"}, of a {@code @GraphEnums}. */
    public Builder folder(String folder) {
      return string("folder", folder);
    }

    /** {@code include = {...}}. */
    public Builder include(String... globs) {
      return strings("include", globs);
    }

    /** {@code exclude = {...}}. */
    public Builder exclude(String... globs) {
      return strings("exclude", globs);
    }

    /** {@code indexName = "<name>"}. */
    public Builder indexName(String name) {
      return string("indexName", name);
    }

    /**
     * An attribute as written, such as {@code table = """} and the lines of its text block; each
     * string a line.
     */
    public Builder attribute(String... lines) {
      return new Builder(
          annotation,
          simpleName,
          packageName,
          before,
          concat(attributes, String.join("\n", lines)));
    }

    private Builder string(String name, String value) {
      return attribute(name + " = " + JavaText.stringLiteral(value));
    }

    private Builder strings(String name, String... values) {
      String literals =
          Arrays.stream(values).map(JavaText::stringLiteral).collect(Collectors.joining(", "));
      return attribute(name + " = " + (values.length == 1 ? literals : "{" + literals + "}"));
    }

    private static List<String> concat(List<String> list, String... more) {
      List<String> all = new ArrayList<>(list);
      all.addAll(List.of(more));
      return all;
    }

    /** The qualified name of the spec. */
    public String qualifiedName() {
      return packageName + "." + simpleName;
    }

    /** The spec's source text. */
    public String text() {
      StringBuilder source = new StringBuilder("package ").append(packageName).append(";\n");
      before.forEach(line -> source.append(line).append('\n'));
      source.append('@').append(annotation);
      if (!attributes.isEmpty()) {
        source.append("(\n    ").append(String.join(",\n    ", attributes)).append(')');
      }
      return source.append("\ninterface ").append(simpleName).append(" {}\n").toString();
    }

    /** The spec as a source file. */
    public JavaFileObject source() {
      return InMemoryJavac.source(qualifiedName(), text());
    }
  }
}
