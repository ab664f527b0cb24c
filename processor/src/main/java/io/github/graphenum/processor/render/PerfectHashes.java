package io.github.graphenum.processor.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The search for a perfect hash of a set of ints (values, or member names' hash codes): a slot
 * function that sends each key to a slot of its own, so that a generated lookup reads one slot and
 * compares once. The search is deterministic: the same keys always give the same function, and so
 * the same generated code.
 */
final class PerfectHashes {
  /** A table may have at most this many slots per key (rounded up to a power of 2). */
  static final int MAX_SLOTS_PER_KEY = 8;

  /**
   * 2^32 divided by the golden ratio, an odd number: multiplying by it spreads consecutive keys and
   * powers of two evenly over the high bits (Knuth's multiplicative hashing).
   */
  static final int GOLDEN = 0x9E3779B9;

  private static final int TRIES_PER_SIZE = 2000;

  /**
   * A multiplicative perfect hash: {@code (key * multiplier) >>> (32 - bits)}, where the multiplier
   * is {@link #GOLDEN} times an odd factor.
   *
   * @param factor the smallest odd factor that separates the keys at this size
   * @param bits the table's size, as a power of 2
   */
  record Multiplicative(int factor, int bits) {
    int multiplier() {
      return GOLDEN * factor;
    }

    /** The slot expression for {@code key}, as generated code writes it. */
    String slotOf(String key) {
      return "(" + key + " * 0x" + Integer.toHexString(multiplier()) + ") >>> " + (32 - bits);
    }

    /** Why the generated code multiplies by this multiplier, for its Javadoc. */
    String javadoc() {
      String golden =
          "0x"
              + Integer.toHexString(GOLDEN)
              + " is 2^32 divided by the golden ratio, which spreads keys evenly";
      return factor == 1
          ? golden + ";\nit gives every member a slot of its own.\n"
          : "0x"
              + Integer.toHexString(multiplier())
              + " is 0x"
              + Integer.toHexString(GOLDEN)
              + " times "
              + factor
              + ", the smallest odd factor that gives every member a slot of\nits own ("
              + golden
              + ").\n";
    }
  }

  private PerfectHashes() {}

  /**
   * The fewest low bits, within {@link #MAX_SLOTS_PER_KEY} slots per key, that differ for every
   * key, so that {@code key & mask} is a perfect hash; 0 when there are none.
   */
  static int lowBits(List<Integer> keys) {
    // A perfect hash needs no free slots: the table may be as small as the keys.
    int minBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, keys.size() - 1));
    int maxBits =
        32 - Integer.numberOfLeadingZeros(Math.max(1, keys.size() * MAX_SLOTS_PER_KEY - 1));
    Set<Integer> slots = new HashSet<>();
    for (int bits = Math.max(1, minBits); bits <= Math.min(maxBits, 30); bits++) {
      int mask = (1 << bits) - 1;
      if (separates(keys, key -> key & mask, slots)) {
        return bits;
      }
    }
    return 0;
  }

  /**
   * A multiplicative perfect hash of {@code keys} with at least two slots per key (so that a miss
   * often lands on an empty slot), or {@code null} when none is found within {@link
   * #MAX_SLOTS_PER_KEY} slots per key.
   */
  static @Nullable Multiplicative multiplicative(List<Integer> keys) {
    int minBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, keys.size() * 2 - 1));
    int maxBits =
        32 - Integer.numberOfLeadingZeros(Math.max(1, keys.size() * MAX_SLOTS_PER_KEY - 1));
    Set<Integer> slots = new HashSet<>();
    for (int bits = Math.max(1, minBits); bits <= Math.min(maxBits, 30); bits++) {
      int shift = 32 - bits;
      for (int factor = 1; factor < 2 * TRIES_PER_SIZE; factor += 2) {
        int multiplier = GOLDEN * factor; // odd times odd: odd, so no key's low bits are lost
        if (separates(keys, key -> (key * multiplier) >>> shift, slots)) {
          return new Multiplicative(factor, bits);
        }
      }
    }
    return null;
  }

  /** Whether {@code slot} sends every key to a slot of its own; {@code slots} is scratch space. */
  private static boolean separates(List<Integer> keys, IntUnaryOperator slot, Set<Integer> slots) {
    slots.clear();
    for (int key : keys) {
      if (!slots.add(slot.applyAsInt(key))) {
        return false;
      }
    }
    return true;
  }
}
