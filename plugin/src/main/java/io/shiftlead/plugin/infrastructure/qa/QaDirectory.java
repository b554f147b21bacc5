package io.shiftlead.plugin.infrastructure.qa;

import io.shiftlead.plugin.core.qa.QaConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a team's QA setup lives: {@code scorecards.yaml} in a directory, or in a classpath folder
 * when the location starts with {@code classpath:} (the demo's built-in scorecard is
 * {@code classpath:qa}).
 */
public final class QaDirectory {
  public static final String FILE = "scorecards.yaml";
  public static final String CLASSPATH = "classpath:";

  private QaDirectory() {}

  /**
   * @return empty when the location is null or blank (QA is off)
   * @throws IllegalArgumentException when the location holds no {@code scorecards.yaml}
   * @throws ScorecardException when the file has a problem (file, line, column, hint)
   */
  public static Optional<QaConfiguration> load(String location) {
    if (location == null || location.isBlank()) {
      return Optional.empty();
    }
    if (location.startsWith(CLASSPATH)) {
      String folder = location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", "");
      String resource = (folder.isEmpty() ? "" : folder + "/") + FILE;
      try (InputStream in = QaDirectory.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException(location + ": no " + resource + " on the classpath");
        }
        return Optional.of(new ScorecardReader().read(location + "/" + FILE,
            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    Path file = Path.of(location).resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(location + ": no " + FILE + " in the QA directory"
          + " (see docs/qa.md; docs/examples/qa/scorecards.yaml is a start)");
    }
    return Optional.of(new ScorecardReader().read(file));
  }
}
