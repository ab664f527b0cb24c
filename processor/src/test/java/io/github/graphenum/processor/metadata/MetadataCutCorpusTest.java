package io.github.graphenum.processor.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graphenum.processor.CorpusTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every enum type of the corpus's service metadata (v1.0 of 2021 and of August 2026) reads from a
 * cut of the metadata ({@link MetadataFiles}: what a compilation of a few specs reads) as from the
 * whole file: by name alone, by namespace and by alias, read alone and with 49 others (skipped, as
 * {@code CorpusTest} is, without the corpus).
 */
class MetadataCutCorpusTest {
  private static final int BATCH = 50;

  @Test
  void everyTypeOf2021ReadsFromACutAsFromTheWholeFile() throws Exception {
    assertEquals(0, readFromCuts("v1.0.csdl.xml"), "deprecated types");
  }

  @Test
  void everyTypeOf2026ReadsFromACutAsFromTheWholeFile() throws Exception {
    assertEquals(15, readFromCuts("v1.0-2026-08.csdl.xml"), "deprecated types");
  }

  /** Compares every type; returns how many are deprecated. */
  private static int readFromCuts(String name) throws Exception {
    assumeTrue(CorpusTest.hasCorpus(), "no corpus at " + CorpusTest.CORPUS);
    Path file = CorpusTest.CORPUS.resolve("metadata").resolve(name);
    ServiceMetadata whole = CsdlReader.read(List.of(file));
    Set<String> names = new LinkedHashSet<>();
    whole.enums().values().forEach(type -> names.add(type.name()));
    List<String> ordered = new ArrayList<>(names);
    int deprecated = 0;
    for (int from = 0; from < ordered.size(); from += BATCH) {
      Set<String> batch =
          new LinkedHashSet<>(ordered.subList(from, Math.min(ordered.size(), from + BATCH)));
      MetadataFiles cut = MetadataFiles.open(List.of(file), (path, bytes) -> {});
      cut.expect(batch);
      for (String each : batch) {
        assertEquals(whole.find(null, each), cut.find(null, each), each);
      }
      for (String key : whole.enums().keySet()) {
        int dot = key.lastIndexOf('.');
        String qualifier = key.substring(0, dot);
        String type = key.substring(dot + 1);
        if (batch.contains(type)) {
          ServiceMetadata.EnumType expected = whole.find(qualifier, type);
          assertEquals(expected, cut.find(qualifier, type), key);
          if (qualifier.equals(expected.namespace()) && expected.deprecation() != null) {
            deprecated++;
          }
        }
      }
      assertEquals(1, cut.cutsMade(), "one cut for the batch");
      assertFalse(cut.holdsEveryType(), "read from a cut, not whole");
    }
    // Alone: each of the first ones, in a compilation of its own.
    for (String each : ordered.subList(0, 20)) {
      MetadataFiles alone = MetadataFiles.open(List.of(file), (path, bytes) -> {});
      assertEquals(whole.find(null, each), alone.find(null, each), each);
      assertFalse(alone.holdsEveryType());
    }
    System.out.printf(
        "MetadataCutCorpusTest: %s: %d enum types (%d keys, %d deprecated) read from cuts as"
            + " whole%n",
        name, names.size(), whole.enums().size(), deprecated);
    assertTrue(names.size() > 300, names.size() + " types");
    return deprecated;
  }
}
