package io.github.graphenum.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/** Random test inputs drawn from a {@link SplittableRandom}: choices, strings, lists. */
public final class RandomValues {
  private RandomValues() {}

  /**
   * A choice of {@link #weighted}: drawn with probability {@code weight} over the sum of the
   * weights.
   */
  public record Weighted<E>(int weight, Function<SplittableRandom, E> draw) {}

  public static <E> E oneOf(SplittableRandom random, List<E> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  public static <E> E weighted(SplittableRandom random, List<Weighted<E>> choices) {
    int pick = random.nextInt(choices.stream().mapToInt(Weighted::weight).sum());
    for (Weighted<E> choice : choices) {
      pick -= choice.weight();
      if (pick < 0) {
        return choice.draw().apply(random);
      }
    }
    throw new AssertionError("the weights sum to more than the pick");
  }

  public static <E> List<E> list(
      SplittableRandom random, int minSize, int maxSize, Function<SplittableRandom, E> element) {
    int size = random.nextInt(minSize, maxSize + 1);
    List<E> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.apply(random));
    }
    return list;
  }

  /** A string of {@code minLength} to {@code maxLength} code points of {@code alphabet}. */
  public static String string(
      SplittableRandom random, String alphabet, int minLength, int maxLength) {
    int[] codePoints = alphabet.codePoints().toArray();
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(minLength, maxLength + 1);
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return text.toString();
  }

  /**
   * A string of {@code minLength} to {@code maxLength} chars of any kind: mostly printable ASCII,
   * then control characters, any char of the Basic Multilingual Plane (lone surrogates included),
   * and any code point (a supplementary one takes two chars, so the string may be one longer).
   */
  public static String anyString(SplittableRandom random, int minLength, int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(minLength, maxLength + 1);
    while (text.length() < length) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        text.append((char) random.nextInt(0x20, 0x7F));
      } else if (kind < 7) {
        text.append((char) (random.nextBoolean() ? random.nextInt(0x20) : 0x7F));
      } else if (kind < 9) {
        text.append((char) random.nextInt(0x10000));
      } else {
        text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      }
    }
    return text.toString();
  }
}
