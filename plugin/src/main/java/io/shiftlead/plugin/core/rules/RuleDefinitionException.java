package io.shiftlead.plugin.core.rules;

/**
 * A rule that cannot be built as written (wrong operator for a field's type, bad regex, bad
 * value). Thrown by the core's factories with a hint; the YAML reader adds file, line and column.
 */
public final class RuleDefinitionException extends RuntimeException {
  private final String hint;

  public RuleDefinitionException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
