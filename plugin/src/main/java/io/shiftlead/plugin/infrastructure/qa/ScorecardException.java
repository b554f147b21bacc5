package io.shiftlead.plugin.infrastructure.qa;

/**
 * A QA YAML file that cannot be used, with where and what to change: {@code file:line:column:
 * problem (hint: ...)}. The running configuration is kept when a new file fails.
 */
public final class ScorecardException extends RuntimeException {
  private final String file;
  private final int line;
  private final int column;
  private final String hint;

  public ScorecardException(String file, int line, int column, String problem, String hint) {
    super(file + ":" + line + ":" + column + ": " + problem
        + (hint == null ? "" : " (hint: " + hint + ")"));
    this.file = file;
    this.line = line;
    this.column = column;
    this.hint = hint;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String hint() {
    return hint;
  }
}
