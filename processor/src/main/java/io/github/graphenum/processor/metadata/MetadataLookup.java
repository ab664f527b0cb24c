package io.github.graphenum.processor.metadata;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Where the enum types of the service metadata are looked up, by namespace (or alias) and name. */
public interface MetadataLookup {
  /**
   * The enum type {@code name} of {@code namespace}; with no namespace, the enum type of that name
   * if exactly one schema has one.
   *
   * @return the enum type, or {@code null}
   * @throws CsdlReader.InvalidMetadataException if the part of the metadata that holds it cannot be
   *     read
   */
  ServiceMetadata.@Nullable EnumType find(@Nullable String namespace, String name)
      throws CsdlReader.InvalidMetadataException;

  /**
   * Names of enum types that will be asked for, so that they are read together; a lookup that holds
   * every type already ignores it.
   */
  default void expect(Collection<String> names) {}

  /** The metadata files' names, for messages. */
  String describeFiles();
}
