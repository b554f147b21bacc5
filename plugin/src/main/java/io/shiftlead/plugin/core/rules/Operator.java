package io.shiftlead.plugin.core.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The closed list of condition operators, with their YAML spelling. */
public enum Operator {
  IS, IS_NOT, IN, NOT_IN, CONTAINS, NOT_CONTAINS, MATCHES, ANY_OF_WORDS,
  GREATER_THAN, LESS_THAN, AT_LEAST, AT_MOST, PRESENT, ABSENT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Operator> fromWire(String value) {
    return Arrays.stream(values()).filter(o -> o.wireName().equals(value)).findFirst();
  }

  /** present/absent look only at whether the fact has a value, and take none themselves. */
  public boolean takesValue() {
    return this != PRESENT && this != ABSENT;
  }

  public boolean takesList() {
    return this == IN || this == NOT_IN || this == ANY_OF_WORDS;
  }
}
