package io.github.graphenum.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * One benchmarked enum: its generated lookups, the baselines, and the inputs, behind functions so
 * that one benchmark method measures every enum. Each enum runs in a JMH fork of its own, so every
 * call site stays monomorphic and the function calls inline, for the generated lookups and the
 * baselines alike.
 *
 * @param <E> the generated enum
 */
final class Subject<E extends Enum<E>> {
  /** Every benchmark method looks up this many inputs per invocation. */
  static final int INPUTS = 64;

  final IntFunction<E> fromValue;
  final IntFunction<Optional<E>> findByValue;
  final Function<String, E> fromMemberName;
  final Function<String, Optional<E>> findByMemberName;
  final Function<String, E> fromMemberNameOrUnknown;
  final Function<String, E> kiotaSwitch;
  final Class<E> type;
  final E[] constants;
  final Map<String, E> hashMap = new HashMap<>();

  final int[] valueHits = new int[INPUTS];
  final int[] valueMisses = new int[INPUTS];
  final int[] indexHits = new int[INPUTS];
  final String[] nameHits = new String[INPUTS];
  final String[] nameMisses = new String[INPUTS];
  final String[] constantNames = new String[INPUTS];
  private final ToIntFunction<E> value;
  private final Function<E, String> memberName;

  private Subject(Builder<E> b) {
    this.type = b.type;
    this.constants = b.type.getEnumConstants();
    this.fromValue = b.fromValue;
    this.findByValue = b.findByValue;
    this.fromMemberName = b.fromMemberName;
    this.findByMemberName = b.findByMemberName;
    this.fromMemberNameOrUnknown = b.fromMemberNameOrUnknown;
    this.kiotaSwitch = b.kiotaSwitch;
    this.value = b.value;
    this.memberName = b.memberName;
    for (E constant : constants) {
      hashMap.put(memberName.apply(constant), constant);
    }
    // The same shuffled sequence of members for every lookup: hits in an order the branch
    // predictor cannot learn, misses that are near the members (a case changed, a value next door).
    Random random = new Random(42);
    List<Integer> values = new ArrayList<>();
    for (E constant : constants) {
      values.add(value == null ? constant.ordinal() : value.applyAsInt(constant));
    }
    for (int i = 0; i < INPUTS; i++) {
      E constant = constants[random.nextInt(constants.length)];
      indexHits[i] = constant.ordinal();
      valueHits[i] = value == null ? 0 : value.applyAsInt(constant);
      int miss = valueHits[i] + 1 + random.nextInt(3);
      while (values.contains(miss)) {
        miss++;
      }
      valueMisses[i] = miss;
      // A copy, as a JSON parser would hand over: equals compares the characters, not references.
      nameHits[i] = new String(memberName.apply(constant).toCharArray());
      String name = nameHits[i];
      nameMisses[i] = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      constantNames[i] = constant.name();
    }
  }

  // The baselines, called through functions like the generated lookups, so that both sides pay
  // the same (inlined) indirection.

  /** The floor: a plain array read, by an index known in advance. */
  final IntFunction<E> arrayRead = this::readArray;

  /** {@code HashMap.get}. */
  final Function<String, E> hashMapGet = hashMap::get;

  /** OpenAPI Generator's {@code fromValue} shape: a loop over {@code values()}, by value. */
  final IntFunction<E> valuesLoopByValue = this::loopByValue;

  /** OpenAPI Generator's shape by name: a loop over {@code values()}, comparing names. */
  final Function<String, E> valuesLoopByName = this::loopByName;

  /** {@code Enum.valueOf}, by the Java constant's name. */
  final Function<String, E> enumValueOf = this::valueOf;

  private E readArray(int index) {
    return constants[index];
  }

  private E valueOf(String constantName) {
    return Enum.valueOf(type, constantName);
  }

  private E loopByValue(int wanted) {
    for (E constant : type.getEnumConstants()) {
      if (value.applyAsInt(constant) == wanted) {
        return constant;
      }
    }
    return null;
  }

  private E loopByName(String wanted) {
    for (E constant : type.getEnumConstants()) {
      if (memberName.apply(constant).equals(wanted)) {
        return constant;
      }
    }
    return null;
  }

  static <E extends Enum<E>> Builder<E> of(Class<E> type) {
    return new Builder<>(type);
  }

  /** Names the lookups of one enum. */
  static final class Builder<E extends Enum<E>> {
    private final Class<E> type;
    private IntFunction<E> fromValue;
    private IntFunction<Optional<E>> findByValue;
    private Function<String, E> fromMemberName;
    private Function<String, Optional<E>> findByMemberName;
    private Function<String, E> fromMemberNameOrUnknown;
    private Function<String, E> kiotaSwitch;
    private ToIntFunction<E> value;
    private Function<E, String> memberName;

    private Builder(Class<E> type) {
      this.type = type;
    }

    Builder<E> values(
        ToIntFunction<E> value, IntFunction<E> fromValue, IntFunction<Optional<E>> findByValue) {
      this.value = value;
      this.fromValue = fromValue;
      this.findByValue = findByValue;
      return this;
    }

    Builder<E> names(
        Function<E, String> memberName,
        Function<String, E> fromMemberName,
        Function<String, Optional<E>> findByMemberName,
        Function<String, E> kiotaSwitch) {
      this.memberName = memberName;
      this.fromMemberName = fromMemberName;
      this.findByMemberName = findByMemberName;
      this.kiotaSwitch = kiotaSwitch;
      return this;
    }

    Builder<E> orUnknown(Function<String, E> fromMemberNameOrUnknown) {
      this.fromMemberNameOrUnknown = fromMemberNameOrUnknown;
      return this;
    }

    Subject<E> build() {
      return new Subject<>(this);
    }
  }
}
