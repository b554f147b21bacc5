package io.shiftlead.plugin.infrastructure.sla;

import io.shiftlead.plugin.core.sla.SlaPolicies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The SLA policies and calendars of a directory (every {@code *.yaml} in it), or none. */
public final class SlaDirectory {
  private SlaDirectory() {}

  /** The prefix of a location inside the jar: {@code classpath:demo-sla.yaml}. */
  public static final String CLASSPATH = "classpath:";

  /**
   * A directory of YAML files, or {@code classpath:<resource>.yaml}: one file shipped in the jar
   * (the demo's policies).
   *
   * @throws IllegalArgumentException when the classpath resource does not exist
   * @throws SlaPolicyException listing every problem with file and line
   */
  public static SlaPolicies load(String location) {
    if (!location.startsWith(CLASSPATH)) {
      return load(Path.of(location));
    }
    String resource = location.substring(CLASSPATH.length());
    try (var in = SlaDirectory.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource + " on the classpath");
      }
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new SlaPolicyReader().read(List.of(new SlaPolicyReader.Source(resource, text)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }

  /**
   * @return no policies when the directory does not exist or holds no YAML file
   * @throws SlaPolicyException listing every problem with file and line
   */
  public static SlaPolicies load(Path directory) {
    if (!Files.isDirectory(directory)) {
      return SlaPolicies.none();
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(f -> f.getFileName().toString().matches(".+\\.ya?ml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list SLA directory " + directory, e);
    }
    return files.isEmpty() ? SlaPolicies.none() : new SlaPolicyReader().readFiles(files);
  }
}
