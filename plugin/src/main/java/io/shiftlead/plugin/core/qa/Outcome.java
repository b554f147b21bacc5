package io.shiftlead.plugin.core.qa;

import java.util.Locale;

/** What a check or a reviewer says about one criterion; {@link #NA} leaves the denominator. */
public enum Outcome {
  PASS,
  FAIL,
  NA;

  /** The lower-case name used in the API and the replay output ({@code pass}, {@code fail}, {@code na}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Outcome fromWire(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
