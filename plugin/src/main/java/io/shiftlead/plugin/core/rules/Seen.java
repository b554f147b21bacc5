package io.shiftlead.plugin.core.rules;

/**
 * One comparison made while testing a rule: the "why" of the trace.
 *
 * @param actual the fact's value as read, null when absent (kept as is: shortening a long body
 *     here would cost every evaluation, so {@link #shown()} does it when someone reads the trace)
 */
public record Seen(String condition, Object actual, boolean result) {

  /** The value as a trace shows it: long texts cut to 80 characters on one line. */
  public String shown() {
    if (actual == null) {
      return "nothing";
    }
    String text = String.valueOf(actual);
    return "'" + (text.length() > 80 ? text.substring(0, 77) + "..." : text)
        .replace('\n', ' ') + "'";
  }

  @Override
  public String toString() {
    return condition + " (saw " + shown() + ": " + result + ")";
  }
}
