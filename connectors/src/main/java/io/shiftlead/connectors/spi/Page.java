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
 * @param remaining how many items the helpdesk says the stream holds from this page's start on
 *     (this page's included), when it says so (REST2 search {@code total}); null when it does not.
 *     Only a progress hint (a backfill's total): never a reason to stop or keep paging
 *     ({@code @since 0.3})
 */
public record Page<T>(List<T> items, Cursor next, boolean endOfStream, Long remaining) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
    if (remaining != null && remaining < 0) {
      throw new IllegalArgumentException("remaining " + remaining + " < 0");
    }
  }

  /** A page without a count from the helpdesk. */
  public Page(List<T> items, Cursor next, boolean endOfStream) {
    this(items, next, endOfStream, null);
  }
}
