/**
 * The Microsoft Graph service metadata (CSDL): {@link CsdlReader} reads its enum types into a
 * {@link ServiceMetadata}; {@link MetadataFiles} reads them only as far as a compilation asks
 * ({@code CsdlSections} cuts a document down to some types, on the tags {@code CsdlTags} finds),
 * behind {@link MetadataLookup}; {@link MetadataHints} says what the metadata documents for a row
 * the docs get wrong; {@link Revisions} reads the deprecations of its types and members.
 *
 * <p>Depends on {@code naming}, and on {@code page} for the {@code Deprecation} and {@code
 * Description} a page states too.
 */
@NullMarked
package io.github.graphenum.processor.metadata;

import org.jspecify.annotations.NullMarked;
