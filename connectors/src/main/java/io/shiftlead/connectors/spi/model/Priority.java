package io.shiftlead.connectors.spi.model;

import java.util.Locale;

/** Normalized ticket priority; a ticket without one carries {@code null}. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Priority fromWire(String value) {
    return value == null || value.isBlank() ? null : valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
