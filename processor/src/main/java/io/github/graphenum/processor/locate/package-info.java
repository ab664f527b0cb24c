/**
 * Stage 2, locate the page: {@link PageLocator} finds a spec's page under the docs roots (or says
 * where it looked), {@link FolderPages} lists the pages a {@code @GraphEnums} folder reads; both
 * give a {@link PageFile}.
 *
 * <p>Depends on {@code diagnostic}, {@code naming} and {@code spec}.
 */
@NullMarked
package io.github.graphenum.processor.locate;

import org.jspecify.annotations.NullMarked;
