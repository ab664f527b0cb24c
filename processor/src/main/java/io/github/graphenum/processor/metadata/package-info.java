/**
 * The Microsoft Graph service metadata (CSDL): {@link CsdlReader} reads its enum types into a
 * {@link ServiceMetadata}; {@link MetadataHints} says what the metadata documents for a row the
 * docs get wrong.
 *
 * <p>Depends on {@code naming} only.
 */
@NullMarked
package io.github.graphenum.processor.metadata;

import org.jspecify.annotations.NullMarked;
