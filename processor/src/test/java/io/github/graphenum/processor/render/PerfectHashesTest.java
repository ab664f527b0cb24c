package io.github.graphenum.processor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.testing.GraphValues;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The perfect-hash search on its own: no rendering, no compiler. */
class PerfectHashesTest {
  private static final List<Integer> IOS_UPDATES = GraphValues.IOS_UPDATES_INSTALL_STATUS;

  private static Set<Integer> slots(List<Integer> keys, IntUnaryOperator slot) {
    Set<Integer> slots = new HashSet<>();
    keys.forEach(k -> slots.add(slot.applyAsInt(k)));
    return slots;
  }

  @Test
  void lowBitsAreTheFewestThatSeparateTheKeys() {
    int bits = PerfectHashes.lowBits(IOS_UPDATES);
    assertEquals(5, bits, "18 keys need at least 5 bits, and these differ in their low 5");
    assertEquals(IOS_UPDATES.size(), slots(IOS_UPDATES, k -> k & 31).size());
  }

  @Test
  void keysWhoseLowBitsCollideHaveNoMask() {
    // At most 8 slots per key: 64 slots, 6 bits, and 64 and 1 << 30 both have 0 there.
    assertEquals(0, PerfectHashes.lowBits(List.of(1, 2, 4, 8, 16, 32, 64, 1 << 30)));
    assertEquals(0, PerfectHashes.lowBits(List.of(0, 1 << 30)));
  }

  @Test
  void theMultiplicativeHashSeparatesAndIsDeterministic() {
    List<Integer> keys = List.of(1, 2, 4, 8, 16, 32, 64, 1 << 30);
    PerfectHashes.Multiplicative hash = PerfectHashes.multiplicative(keys);
    assertNotNull(hash);
    assertEquals(1, hash.factor() % 2, "odd factors only");
    int shift = 32 - hash.bits();
    assertEquals(keys.size(), slots(keys, k -> (k * hash.multiplier()) >>> shift).size());
    assertTrue(1 << hash.bits() >= 2 * keys.size(), "at least two slots per key");
    assertTrue(1 << hash.bits() <= PerfectHashes.MAX_SLOTS_PER_KEY * 2 * keys.size());
    assertEquals(hash, PerfectHashes.multiplicative(keys), "the same keys give the same hash");
    assertEquals(
        "(value * 0x" + Integer.toHexString(hash.multiplier()) + ") >>> " + shift,
        hash.slotOf("value"));
  }

  @Test
  void namesHashCodesOfARealEnumGetTheGoldenMultiplierItself() {
    List<Integer> codes =
        List.of("none", "inProgress", "completed", "failed").stream()
            .map(String::hashCode)
            .toList();
    PerfectHashes.Multiplicative hash = PerfectHashes.multiplicative(codes);
    assertEquals(
        new PerfectHashes.Multiplicative(1, 3), hash, "as in the golden VppTokenSyncStatus");
    assertTrue(
        hash.javadoc().startsWith("0x9e3779b9 is 2^32 divided by the golden ratio"),
        hash.javadoc());
  }

  @Test
  void keysThatNoSmallTableSeparatesHaveNoPerfectHash() {
    List<Integer> many = new Random(7).ints().distinct().limit(500).boxed().toList();
    assertNull(
        PerfectHashes.multiplicative(many),
        "500 random ints: no multiplier within 8 slots per key");
    assertEquals(0, PerfectHashes.lowBits(many));
  }

  @Test
  void consecutiveKeysAreSeparatedByTheirLowBits() {
    List<Integer> consecutive = IntStream.range(1000, 1100).boxed().toList();
    assertEquals(7, PerfectHashes.lowBits(consecutive));
  }
}
