package io.shiftlead.connectors.spi.model;

import java.util.Locale;

/** The normalized ticket statuses of the interchange format; adapters map vendor values onto these. */
public enum TicketStatus {
  NEW,
  OPEN,
  PENDING,
  ON_HOLD,
  SOLVED,
  CLOSED;

  /** The lower-case wire name used in the interchange format ({@code on_hold}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TicketStatus fromWire(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
