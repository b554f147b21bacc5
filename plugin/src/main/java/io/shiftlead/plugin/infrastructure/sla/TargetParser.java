package io.shiftlead.plugin.infrastructure.sla;

import io.shiftlead.plugin.core.sla.Target;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets and offsets as written by admins: {@code 4h business}, {@code 90m calendar},
 * {@code 1d 2h}, {@code 1h30m}. Without the word, a policy with a calendar means business hours.
 */
final class TargetParser {
  private static final Pattern DURATION =
      Pattern.compile("(?:(\\d+)\\s*d)?\\s*(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m)?");

  private TargetParser() {}

  /** The duration, or null when the text is not one. */
  static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (text.isBlank() || !m.matches() || (m.group(1) == null && m.group(2) == null
        && m.group(3) == null)) {
      return null;
    }
    return Duration.ofDays(num(m.group(1))).plusHours(num(m.group(2)))
        .plusMinutes(num(m.group(3)));
  }

  private static long num(String g) {
    return g == null ? 0 : Long.parseLong(g);
  }

  /** Parses a target; throws IllegalArgumentException with a message meant for the admin. */
  static Target target(String text, boolean policyHasCalendar) {
    String t = text.trim();
    Boolean business = null;
    if (t.endsWith("business")) {
      business = true;
      t = t.substring(0, t.length() - "business".length());
    } else if (t.endsWith("calendar")) {
      business = false;
      t = t.substring(0, t.length() - "calendar".length());
    }
    Duration d = duration(t);
    if (d == null || d.isZero()) {
      throw new IllegalArgumentException("bad target '" + text + "'");
    }
    if (Boolean.TRUE.equals(business) && !policyHasCalendar) {
      throw new IllegalArgumentException("target '" + text + "' is in business hours but the"
          + " policy names no calendar");
    }
    return new Target(d, business != null ? business : policyHasCalendar);
  }
}
