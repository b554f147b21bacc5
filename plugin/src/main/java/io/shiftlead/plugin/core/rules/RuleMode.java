package io.shiftlead.plugin.core.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * ENABLED rules write back; SHADOW rules are evaluated and traced exactly as if enabled but
 * contribute nothing (how an admin watches a new rule on live traffic); DISABLED rules are skipped.
 */
public enum RuleMode {
  ENABLED, DISABLED, SHADOW;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RuleMode> fromWire(String value) {
    return Arrays.stream(values()).filter(m -> m.wireName().equals(value)).findFirst();
  }
}
