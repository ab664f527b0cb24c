/**
 * Stage 3, read the page: {@link PageReader} turns a doc page's markdown into a {@link Page} (its
 * sections, each with a {@link MemberTable} and {@link Description}s), and a localized page into a
 * {@link LocalizedPage}; the other files are its steps (front matter, side-by-side rows, bounds
 * checked before the markdown parser, the walk over the parsed blocks, the members tables,
 * descriptions as Javadoc HTML). The shapes of today's docs live in two files: {@link Headings}
 * (which headings name an enum) and {@link TableShapes} (which headers name a column, which wrongly
 * headed columns are read as meant).
 *
 * <p>Depends on {@code diagnostic} only: a page is read without knowing which spec asked for it.
 */
@NullMarked
package io.github.graphenum.processor.page;

import org.jspecify.annotations.NullMarked;
