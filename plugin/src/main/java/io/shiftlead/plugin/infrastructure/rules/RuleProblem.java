package io.shiftlead.plugin.infrastructure.rules;

/** One thing wrong in a rule file, where it is, and how to fix it. */
public record RuleProblem(String file, int line, int column, String message, String hint) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message
        + (hint == null ? "" : " (hint: " + hint + ")");
  }
}
