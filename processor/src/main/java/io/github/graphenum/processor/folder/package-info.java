/**
 * A whole {@code @GraphEnums} folder: {@link FolderScan} reads the folder's pages and chooses one
 * documentation per enum, {@link FolderGenerator} runs each through the {@link
 * io.github.graphenum.processor.pipeline.SpecPipeline} and writes the folder's index.
 *
 * <p>Depends on {@code pipeline} and every stage below it.
 */
@NullMarked
package io.github.graphenum.processor.folder;

import org.jspecify.annotations.NullMarked;
