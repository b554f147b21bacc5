package io.shiftlead.plugin.infrastructure.admin;

/**
 * One reason an edited file was refused, where the editor should mark it.
 *
 * @param line 1-based; 0 when the reader could not tell
 * @param column 1-based; 0 when the reader could not tell
 */
public record FileProblem(String file, int line, int column, String message, String hint) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message
        + (hint == null || hint.isBlank() ? "" : " (hint: " + hint + ")");
  }
}
