package io.github.graphenum.processor.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.graphenum.processor.render.source.GeneratedAnnotation;
import io.github.graphenum.processor.render.source.GeneratedFiles;
import io.github.graphenum.processor.render.source.JavaText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Writes the index of a {@code @GraphEnums} folder: every generated enum by Graph namespace and
 * name, so that a JSON layer can map a Graph type name to its Java enum.
 */
public final class IndexRenderer {
  /**
   * One generated enum.
   *
   * @param namespace its Graph namespace, or {@code null} when its page states none
   * @param name its Graph name
   * @param type the generated class
   * @param deprecated whether the class is deprecated, which the index then names without a warning
   */
  public record Entry(@Nullable String namespace, String name, ClassName type, boolean deprecated) {
    /** An enum that is not deprecated. */
    public Entry(@Nullable String namespace, String name, ClassName type) {
      this(namespace, name, type, false);
    }

    String key() {
      return (namespace == null ? "" : namespace) + "." + name;
    }
  }

  /**
   * The most entries one method of the index puts in its map. A {@code put} takes about 13 bytes of
   * bytecode, and the JVM allows 64 KiB per method: a static initializer holding every {@code put}
   * failed to compile ("code too large") at 5,100 entries, so they are spread over methods.
   */
  static final int ENTRIES_PER_METHOD = 1_000;

  private final GeneratedAnnotation generated;

  public IndexRenderer(GeneratedAnnotation generated) {
    this.generated = generated;
  }

  public JavaFile render(
      ClassName index,
      String folder,
      List<Entry> entries,
      Map<String, String> skipped,
      Element originatingElement) {
    TypeName enumClass =
        ParameterizedTypeName.get(
            ClassName.get(Class.class),
            WildcardTypeName.subtypeOf(
                ParameterizedTypeName.get(
                    ClassName.get(Enum.class), WildcardTypeName.subtypeOf(Object.class))));
    TypeName map =
        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), enumClass);
    CodeBlock.Builder fill =
        CodeBlock.builder()
            .addStatement(
                "$T byName = new $T<>($L)",
                map,
                LinkedHashMap.class,
                (int) Math.ceil(entries.size() / 0.75));
    List<MethodSpec> puts = putMethods(entries, map);
    for (MethodSpec put : puts) {
      fill.addStatement("$N(byName)", put);
    }
    fill.addStatement("enums = $T.unmodifiableMap(byName)", Collections.class);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(index)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("$L", javadoc(folder, entries, skipped))
            .addOriginatingElement(originatingElement)
            .addField(
                FieldSpec.builder(map, "enums", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The generated enums, by {@code namespace + \".\" + name}.\n")
                    .build())
            .addStaticBlock(fill.build())
            .addMethods(puts)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addJavadoc("Not instantiable.\n")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("enumFor")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(enumClass)
                    .addParameter(String.class, "namespace")
                    .addParameter(String.class, "name")
                    .addJavadoc("Returns the generated enum of a Graph enum type.\n\n")
                    .addJavadoc(
                        "@param namespace the Graph namespace, such as {@code microsoft.graph};"
                            + " null or empty for an\n")
                    .addJavadoc("    enum whose page states none\n")
                    .addJavadoc("@param name the Graph name, such as {@code callType}\n")
                    .addJavadoc(
                        "@return the enum's class, or null if this index has none of that name\n")
                    .addStatement(
                        "return enums.get((namespace == null ? $S : namespace) + $S + name)",
                        "",
                        ".")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("enums")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(map)
                    .addJavadoc(
                        "Returns every generated enum, by {@code namespace + \".\" + name}.\n\n")
                    .addJavadoc(
                        "@return an unmodifiable map of the enums' classes, in the order of their"
                            + " pages\n")
                    .addStatement("return enums")
                    .build());
    generated.addTo(type, "the folder " + folder);
    return GeneratedFiles.of(index.packageName(), type.build());
  }

  /** The methods that put the entries in the map, {@link #ENTRIES_PER_METHOD} at most each. */
  private static List<MethodSpec> putMethods(List<Entry> entries, TypeName map) {
    List<MethodSpec> methods = new ArrayList<>();
    for (int first = 0; first < entries.size(); first += ENTRIES_PER_METHOD) {
      List<Entry> part =
          entries.subList(first, Math.min(first + ENTRIES_PER_METHOD, entries.size()));
      MethodSpec.Builder put =
          MethodSpec.methodBuilder("putEnums" + methods.size())
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .addParameter(map, "byName")
              .addJavadoc(
                  "Puts enums $L to $L of the folder in {@code byName}.\n\n",
                  first + 1,
                  first + part.size())
              .addJavadoc("@param byName the map being filled\n");
      for (Entry entry : part) {
        put.addStatement(
            "byName.put($L, $T.class)", JavaText.stringLiteral(entry.key()), entry.type());
      }
      if (part.stream().anyMatch(Entry::deprecated)) {
        // A deprecated enum is still indexed: the service still sends it until it is removed.
        put.addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "deprecation")
                .build());
      }
      methods.add(put.build());
    }
    return methods;
  }

  private static String javadoc(String folder, List<Entry> entries, Map<String, String> skipped) {
    StringBuilder doc =
        new StringBuilder("The Graph enums of the folder <code>")
            .append(JavaText.javadocText(folder))
            .append("</code>: ")
            .append(entries.size())
            .append(" generated");
    if (skipped.isEmpty()) {
      return doc.append(", none skipped.\n").toString();
    }
    doc.append(", ").append(skipped.size()).append(" skipped:\n\n<ul>\n");
    skipped.forEach(
        (name, reason) ->
            doc.append("<li><code>")
                .append(JavaText.javadocText(name))
                .append("</code>: ")
                .append(JavaText.javadocText(reason))
                .append("</li>\n"));
    return doc.append("</ul>\n").toString();
  }
}
