package io.github.graphenum.processor.metadata;

import io.github.graphenum.processor.page.Deprecation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The enum types of one or more service metadata (CSDL) documents, by namespace (or alias) and
 * name, as {@link CsdlReader} reads them, from whole documents or cuts of them ({@link
 * MetadataFiles}).
 *
 * @param files the metadata files' names, for messages
 * @param enums the enum types, keyed by {@code namespace + "." + name} and by {@code alias + "." +
 *     name}
 */
public record ServiceMetadata(List<String> files, Map<String, EnumType> enums)
    implements MetadataLookup {

  public ServiceMetadata {
    files = List.copyOf(files);
    enums = Map.copyOf(enums);
  }

  /**
   * One {@code EnumType}.
   *
   * @param namespace its schema's namespace
   * @param name its name
   * @param flags whether it says {@code IsFlags="true"}
   * @param underlyingType its {@code UnderlyingType}, {@code Edm.Int32} when absent
   * @param members its members, in document order
   * @param deprecation its {@code Org.OData.Core.V1.Revisions} of kind {@code Deprecated}, or
   *     {@code null}
   */
  public record EnumType(
      String namespace,
      String name,
      boolean flags,
      String underlyingType,
      List<Member> members,
      @Nullable Deprecation deprecation) {
    public EnumType {
      members = List.copyOf(members);
    }

    /** An enum type the metadata does not deprecate. */
    public EnumType(
        String namespace, String name, boolean flags, String underlyingType, List<Member> members) {
      this(namespace, name, flags, underlyingType, members, null);
    }

    public String qualifiedName() {
      return namespace + "." + name;
    }
  }

  /**
   * One {@code Member}.
   *
   * @param name its name
   * @param value its value: the {@code Value} attribute, or, where absent, its position (0, 1,
   *     2...) as OData says
   * @param deprecation its {@code Org.OData.Core.V1.Revisions} of kind {@code Deprecated}, or
   *     {@code null}
   */
  public record Member(String name, long value, @Nullable Deprecation deprecation) {
    /** A member the metadata does not deprecate. */
    public Member(String name, long value) {
      this(name, value, null);
    }
  }

  @Override
  public @Nullable EnumType find(@Nullable String namespace, String name) {
    if (namespace != null) {
      return enums.get(namespace + "." + name);
    }
    Map<String, EnumType> byQualifiedName = new HashMap<>();
    for (EnumType type : enums.values()) {
      if (type.name().equals(name)) {
        byQualifiedName.put(type.qualifiedName(), type);
      }
    }
    return byQualifiedName.size() == 1 ? byQualifiedName.values().iterator().next() : null;
  }

  @Override
  public String describeFiles() {
    return String.join(", ", files);
  }
}
