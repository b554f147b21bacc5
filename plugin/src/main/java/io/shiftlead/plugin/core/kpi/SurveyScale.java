package io.shiftlead.plugin.core.kpi;

import java.util.Locale;

/**
 * A survey's scale: {@code good-bad} or a numeric range {@code low-high} such as {@code 1-5},
 * {@code 0-10}, {@code 1-7}. Parsing rejects anything else with a message naming the value.
 */
public record SurveyScale(String name, double low, double high) {
  public static final SurveyScale GOOD_BAD = new SurveyScale("good-bad", 0, 1);

  public static SurveyScale parse(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("scale is missing (good-bad, 1-5, 0-10, 1-7, ...)");
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("good-bad")) {
      return GOOD_BAD;
    }
    String[] bounds = v.split("-");
    try {
      if (bounds.length == 2) {
        double low = Double.parseDouble(bounds[0]);
        double high = Double.parseDouble(bounds[1]);
        if (low < high) {
          return new SurveyScale(v, low, high);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("scale '" + value
        + "' is not good-bad or low-high with low < high (e.g. 1-5)");
  }

  /** Throws when the score is outside the scale. */
  public void check(double score) {
    if (Double.isNaN(score) || score < low || score > high) {
      throw new IllegalArgumentException("score " + format(score) + " is outside the scale "
          + name + (this == GOOD_BAD || name.equals("good-bad") ? " (1 = good, 0 = bad)" : ""));
    }
  }

  /** Where the score sits on the scale, 0 (low end) to 1 (high end). */
  public double share(double score) {
    return (score - low) / (high - low);
  }

  private static String format(double score) {
    return score == Math.rint(score) ? Long.toString((long) score) : Double.toString(score);
  }
}
