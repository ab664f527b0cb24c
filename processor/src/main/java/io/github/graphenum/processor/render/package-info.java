/**
 * Stage 6, render: {@link EnumRenderer} turns a {@link
 * io.github.graphenum.processor.validation.ValidatedEnum} into the enum's JavaPoet {@code
 * JavaFile}, with its Javadoc, lookups ({@link EnumLookups}) on tables ({@link NameTables}, {@link
 * ValueTables}, {@link PerfectHashes}), flags methods and translated descriptions, and beside an
 * evolvable enum its member type, {@code <Enum>Member} ({@link MemberRenderer}); {@link
 * IndexRenderer} renders a folder's index.
 *
 * <p>Depends on {@code render.flags}, {@code render.json}, {@code render.source} and the stages
 * below them.
 */
@NullMarked
package io.github.graphenum.processor.render;

import org.jspecify.annotations.NullMarked;
