package io.shiftlead.plugin.infrastructure.sla;

/** One thing wrong in a policy file: where, what, and how to fix it (hint may be null). */
public record SlaProblem(String file, int line, String message, String hint) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message + (hint == null ? "" : " (hint: " + hint + ")");
  }
}
