package io.shiftlead.plugin.infrastructure.interchange;

/** One line of an interchange file that cannot be read; the message names the line and field. */
public final class InterchangeLineException extends Exception {
  private final long lineNumber;

  public InterchangeLineException(long lineNumber, String problem) {
    super("line " + lineNumber + ": " + problem);
    this.lineNumber = lineNumber;
  }

  public long lineNumber() {
    return lineNumber;
  }
}
