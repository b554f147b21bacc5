package io.shiftlead.connectors.spi;

import java.util.Objects;

/**
 * An opaque position in a helpdesk's change stream. The plugin stores it after a page's effects are
 * stored and hands it back; adapters never persist anything and never interpret another adapter's
 * cursor. {@link #BEGINNING} means "from the configured start time".
 */
public record Cursor(String value) {
  public static final Cursor BEGINNING = new Cursor("");

  public Cursor {
    Objects.requireNonNull(value, "value");
  }

  public boolean isBeginning() {
    return value.isEmpty();
  }

  @Override
  public String toString() {
    return isBeginning() ? "<beginning>" : value;
  }
}
