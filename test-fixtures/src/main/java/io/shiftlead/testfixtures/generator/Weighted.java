package io.shiftlead.testfixtures.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Draws from a small discrete distribution; weights need not sum to 100. */
final class Weighted<T> {

  private final List<T> values;
  private final int[] cumulative;

  private Weighted(List<T> values, int[] weights) {
    // ArrayList, not List.copyOf: a null value (e.g. "no priority") is a legitimate outcome.
    this.values = new ArrayList<>(values);
    this.cumulative = new int[weights.length];
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  static <T> Weighted<T> of(List<T> values, int... weights) {
    if (values.size() != weights.length) {
      throw new IllegalArgumentException("one weight per value");
    }
    return new Weighted<>(values, weights);
  }

  T draw(Random random) {
    int roll = random.nextInt(cumulative[cumulative.length - 1]);
    for (int i = 0; i < cumulative.length; i++) {
      if (roll < cumulative[i]) {
        return values.get(i);
      }
    }
    throw new AssertionError("unreachable");
  }
}
