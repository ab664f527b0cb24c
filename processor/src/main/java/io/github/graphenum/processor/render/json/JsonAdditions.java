package io.github.graphenum.processor.render.json;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link JsonBinding}s add to one generated type, as values that the type's renderer places: a
 * binding says what, the renderer where. The additions of several bindings are {@linkplain #merge
 * merged} in the order of {@link JsonBindings#ALL}, each part keeping that order.
 *
 * <p>Where each part goes, in the enum, in the set type of a flags enum, in the member type of an
 * evolvable enum:
 *
 * <ul>
 *   <li>{@link #typeAnnotations}: on the type, after {@code @Generated};
 *   <li>{@link #superinterfaces}: implemented by the type;
 *   <li>{@link #paragraphs}: paragraphs of the type's Javadoc, HTML without their {@code <p>}: in
 *       the enum's before its table of members, in the set's and the member type's last;
 *   <li>{@link #writerAnnotations}: on the method whose result is the JSON value: the enum's {@code
 *       memberName()}, the set's {@code wireForm()}, the member type's {@code memberName()};
 *   <li>{@link #readerAnnotations}: on the static factory that reads a JSON string: the enum's
 *       {@code fromMemberNameOrUnknown(String)} when it is evolvable, else its {@code
 *       fromMemberName(String)}; the set's and the member type's {@code parse(String)};
 *   <li>{@link #unknownMemberAnnotations}: on the enum's sentinel, the constant that stands for a
 *       member the enum does not know (an enum without one, a set and a member type have no such
 *       constant);
 *   <li>{@link #methods}: after the type's own reading methods: in the enum after its lookups, in
 *       the set and the member type after {@code parse(String)};
 *   <li>{@link #types}: nested in the type, last;
 *   <li>{@link #readsMemberNameArrays}: the set gets {@code private static
 *       ofMemberNames(Iterable<?>)}, the set of member names given one by one, which the additions'
 *       code calls.
 * </ul>
 */
public final class JsonAdditions {
  /** Nothing added. */
  public static final JsonAdditions NONE = builder().build();

  private final List<AnnotationSpec> typeAnnotations;
  private final List<TypeName> superinterfaces;
  private final List<CodeBlock> paragraphs;
  private final List<AnnotationSpec> writerAnnotations;
  private final List<AnnotationSpec> readerAnnotations;
  private final List<AnnotationSpec> unknownMemberAnnotations;
  private final List<MethodSpec> methods;
  private final List<TypeSpec> types;
  private final boolean readsMemberNameArrays;

  private JsonAdditions(Builder builder) {
    this.typeAnnotations = List.copyOf(builder.typeAnnotations);
    this.superinterfaces = List.copyOf(builder.superinterfaces);
    this.paragraphs = List.copyOf(builder.paragraphs);
    this.writerAnnotations = List.copyOf(builder.writerAnnotations);
    this.readerAnnotations = List.copyOf(builder.readerAnnotations);
    this.unknownMemberAnnotations = List.copyOf(builder.unknownMemberAnnotations);
    this.methods = List.copyOf(builder.methods);
    this.types = List.copyOf(builder.types);
    this.readsMemberNameArrays = builder.readsMemberNameArrays;
  }

  /** Additions to build, nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** The additions of every binding in {@code each}, part by part in the order given. */
  public static JsonAdditions merge(List<JsonAdditions> each) {
    Builder merged = builder();
    for (JsonAdditions additions : each) {
      merged.typeAnnotations.addAll(additions.typeAnnotations);
      merged.superinterfaces.addAll(additions.superinterfaces);
      merged.paragraphs.addAll(additions.paragraphs);
      merged.writerAnnotations.addAll(additions.writerAnnotations);
      merged.readerAnnotations.addAll(additions.readerAnnotations);
      merged.unknownMemberAnnotations.addAll(additions.unknownMemberAnnotations);
      merged.methods.addAll(additions.methods);
      merged.types.addAll(additions.types);
      merged.readsMemberNameArrays |= additions.readsMemberNameArrays;
    }
    return merged.build();
  }

  /** Annotations of the type. */
  public List<AnnotationSpec> typeAnnotations() {
    return typeAnnotations;
  }

  /** Interfaces the type implements. */
  public List<TypeName> superinterfaces() {
    return superinterfaces;
  }

  /** Paragraphs of the type's Javadoc, HTML without their {@code <p>}. */
  public List<CodeBlock> paragraphs() {
    return paragraphs;
  }

  /** Annotations of the method whose result is the JSON value. */
  public List<AnnotationSpec> writerAnnotations() {
    return writerAnnotations;
  }

  /** Annotations of the static factory that reads a JSON string. */
  public List<AnnotationSpec> readerAnnotations() {
    return readerAnnotations;
  }

  /** Annotations of the enum's sentinel. */
  public List<AnnotationSpec> unknownMemberAnnotations() {
    return unknownMemberAnnotations;
  }

  /** Methods added after the type's own reading methods. */
  public List<MethodSpec> methods() {
    return methods;
  }

  /** Types nested in the type. */
  public List<TypeSpec> types() {
    return types;
  }

  /** Whether the additions' code calls the set's {@code ofMemberNames(Iterable<?>)}. */
  public boolean readsMemberNameArrays() {
    return readsMemberNameArrays;
  }

  /** Builds {@link JsonAdditions}; each method adds to one part (see the class's list). */
  public static final class Builder {
    private final List<AnnotationSpec> typeAnnotations = new ArrayList<>();
    private final List<TypeName> superinterfaces = new ArrayList<>();
    private final List<CodeBlock> paragraphs = new ArrayList<>();
    private final List<AnnotationSpec> writerAnnotations = new ArrayList<>();
    private final List<AnnotationSpec> readerAnnotations = new ArrayList<>();
    private final List<AnnotationSpec> unknownMemberAnnotations = new ArrayList<>();
    private final List<MethodSpec> methods = new ArrayList<>();
    private final List<TypeSpec> types = new ArrayList<>();
    private boolean readsMemberNameArrays;

    private Builder() {}

    /** Adds to {@link JsonAdditions#typeAnnotations}. */
    public Builder typeAnnotation(AnnotationSpec annotation) {
      typeAnnotations.add(annotation);
      return this;
    }

    /** Adds to {@link JsonAdditions#superinterfaces}. */
    public Builder superinterface(TypeName type) {
      superinterfaces.add(type);
      return this;
    }

    /** Adds to {@link JsonAdditions#paragraphs}: HTML without its {@code <p>}. */
    public Builder paragraph(CodeBlock paragraph) {
      paragraphs.add(paragraph);
      return this;
    }

    /** Adds to {@link JsonAdditions#writerAnnotations}. */
    public Builder onWriter(AnnotationSpec annotation) {
      writerAnnotations.add(annotation);
      return this;
    }

    /** Adds to {@link JsonAdditions#readerAnnotations}. */
    public Builder onReader(AnnotationSpec annotation) {
      readerAnnotations.add(annotation);
      return this;
    }

    /** Adds to {@link JsonAdditions#unknownMemberAnnotations}. */
    public Builder onUnknownMember(AnnotationSpec annotation) {
      unknownMemberAnnotations.add(annotation);
      return this;
    }

    /** Adds to {@link JsonAdditions#methods}. */
    public Builder method(MethodSpec method) {
      methods.add(method);
      return this;
    }

    /** Adds to {@link JsonAdditions#types}. */
    public Builder type(TypeSpec type) {
      types.add(type);
      return this;
    }

    /** The additions' code calls the set's {@code ofMemberNames(Iterable<?>)}. */
    public Builder readsMemberNameArrays() {
      readsMemberNameArrays = true;
      return this;
    }

    /** The additions added so far. */
    public JsonAdditions build() {
      return new JsonAdditions(this);
    }
  }
}
