package io.shiftlead.connectors.spi;

import java.util.List;
import java.util.Objects;

/**
 * One page of a change stream.
 *
 * @param items may be empty even when {@code endOfStream} is false (a vendor page of only skipped
 *     items): keep pulling with {@code next}
 * @param next the cursor to pass for the following page; store it once this page's effects are
 *     stored
 * @param endOfStream true when the stream is caught up to "now" (minus the vendor's lag); pulling
 *     again later with {@code next} returns what changed since
 */
public record Page<T>(List<T> items, Cursor next, boolean endOfStream) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }
}
