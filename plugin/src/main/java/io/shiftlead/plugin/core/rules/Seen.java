package io.shiftlead.plugin.core.rules;

/**
 * One comparison made while testing a rule: the "why" of the trace.
 *
 * @param actual the fact's value as read (long texts shortened), null when absent
 */
public record Seen(String condition, Object actual, boolean result) {

  static Seen of(String condition, Object actual, boolean result) {
    Object shown = actual instanceof String text && text.length() > 80
        ? text.substring(0, 77).replace('\n', ' ') + "..." : actual;
    return new Seen(condition, shown, result);
  }

  @Override
  public String toString() {
    return condition + " (saw " + (actual == null ? "nothing" : "'" + actual + "'") + ": "
        + result + ")";
  }
}
