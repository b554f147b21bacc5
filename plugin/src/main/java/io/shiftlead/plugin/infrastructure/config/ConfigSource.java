package io.shiftlead.plugin.infrastructure.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the configuration comes from: the file named by the {@code shiftlead.config} system
 * property or the {@code SHIFTLEAD_CONFIG} environment variable, else the built-in demo
 * configuration.
 */
public record ConfigSource(String name, String yaml) {
  public static final String DEMO = "shiftlead-demo.yaml";

  public static ConfigSource locate() {
    String path = System.getProperty("shiftlead.config", System.getenv("SHIFTLEAD_CONFIG"));
    if (path == null || path.isBlank()) {
      return builtInDemo();
    }
    Path file = Path.of(path);
    if (!Files.isReadable(file)) {
      throw new ConfigException(path, List.of("the configuration file does not exist or cannot"
          + " be read (set by shiftlead.config / SHIFTLEAD_CONFIG)"));
    }
    try {
      return new ConfigSource(file.toAbsolutePath().toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ConfigSource builtInDemo() {
    try (InputStream in = ConfigSource.class.getClassLoader().getResourceAsStream(DEMO)) {
      if (in == null) {
        throw new IllegalStateException(DEMO + " is missing from the build");
      }
      return new ConfigSource("built-in " + DEMO,
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
