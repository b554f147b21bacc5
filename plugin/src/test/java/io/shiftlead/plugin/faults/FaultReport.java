package io.shiftlead.plugin.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Prints one row of the reliability table and appends it to {@code target/fault-results.md}, so
 * the numbers in docs/reliability.md are copied from a run, not typed.
 */
final class FaultReport {
  private static final Path FILE = Path.of("target", "fault-results.md");

  private FaultReport() {}

  static synchronized void row(String fault, FaultPipeline.Outcome outcome, String recovery,
      String connectorState) {
    String line = String.format("| %s | %d (%d evaluable) | %d | %d | %s | %s |%n", fault,
        outcome.tickets(), outcome.evaluable(), outcome.lost(), outcome.duplicated(), recovery,
        connectorState);
    System.out.print("FAULT-RESULT " + line);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
