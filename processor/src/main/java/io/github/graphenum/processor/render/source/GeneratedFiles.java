package io.github.graphenum.processor.render.source;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/**
 * The one way a generated type becomes a source file: four-space indents, and every type it names
 * imported, those of {@code java.lang} too.
 *
 * <p>A class of the generated code's package hides a {@code java.lang} type of its simple name
 * wherever that name stands unimported (JLS 6.4.1): an enum generated from a page named {@code
 * string} or {@code override}, or a class of the user's, would break every other file of the
 * package that says {@code String} or {@code @Override}. A single-type import shadows the package's
 * other classes instead, so {@code import java.lang.String;} keeps the name meaning {@code
 * java.lang.String} whatever the package holds. JavaPoet writes a name in full instead where the
 * file itself declares it (the enum named {@code String}), and where it also names a class of its
 * own package of that name (the index, which names every enum of the folder).
 *
 * <p>A type that only Javadoc names is written in full there instead of imported: Eclipse's
 * compiler, which does not read Javadoc unless told, warns of an import that no code uses.
 */
public final class GeneratedFiles {
  /**
   * The types the generated code names only in Javadoc ({@code @throws NullPointerException}: a
   * null argument fails in {@code Objects.requireNonNull} or on its first use, never in a {@code
   * throw} of the generated code). {@code GeneratedNamesTest} finds any other.
   */
  private static final String[] ONLY_IN_JAVADOC = {"NullPointerException"};

  private GeneratedFiles() {}

  /** The source file of {@code type}, in {@code packageName}. */
  public static JavaFile of(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type.toBuilder().alwaysQualify(ONLY_IN_JAVADOC).build())
        .skipJavaLangImports(false)
        .indent("    ")
        .build();
  }
}
