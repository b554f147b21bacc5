package io.shiftlead.plugin.infrastructure.rules;

import io.shiftlead.plugin.core.routing.Roster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the rule fixtures under src/test/resources/rules/. */
final class Fixtures {
  private Fixtures() {}

  static String text(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/rules/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Roster roster() {
    return new RosterReader().read("roster.yaml", text("roster.yaml"));
  }
}
