/**
 * What each spec was read from, recorded for graphenum-maven-plugin's {@code refresh} goal: {@link
 * BuildInputs} collects it while the specs generate and writes one {@link InputsRecord} per spec
 * beside the class output ({@link RecordLines}, {@link RecordFields}: the escaped line format;
 * {@link InputHashes}: the hashes it keeps of pages, folders, files and options; {@link
 * InputChanges}: what differs from them now).
 *
 * <p>Depends on {@code reporting}, {@code locate}, {@code page}, {@code spec} and {@code
 * diagnostic}. {@link InputsRecord} is read by graphenum-maven-plugin of the same version.
 */
@NullMarked
package io.github.graphenum.processor.inputs;

import org.jspecify.annotations.NullMarked;
