package io.github.graphenum.processor.locate;

import java.nio.file.Path;

/**
 * A page found on disk, to read: where it is, and how diagnostics name it.
 *
 * @param doc its path relative to the docs root, as diagnostics name it
 * @param file the file
 */
public record PageFile(String doc, Path file) {}
