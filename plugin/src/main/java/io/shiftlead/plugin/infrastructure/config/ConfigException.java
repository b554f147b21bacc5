package io.shiftlead.plugin.infrastructure.config;

import java.util.List;

/** The configuration cannot be used; every problem names its key. Start-up stops on it. */
public final class ConfigException extends RuntimeException {
  private final List<String> problems;

  public ConfigException(String source, List<String> problems) {
    super("invalid configuration " + source + ":\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
