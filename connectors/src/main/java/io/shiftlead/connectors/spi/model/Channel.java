package io.shiftlead.connectors.spi.model;

import java.util.Locale;

/** The channel a ticket arrived through; anything a vendor has beyond these maps to {@link #OTHER}. */
public enum Channel {
  EMAIL,
  WEB,
  CHAT,
  PHONE,
  API,
  SOCIAL,
  OTHER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Channel fromWire(String value) {
    if (value == null) {
      return OTHER;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return OTHER;
    }
  }
}
