package io.shiftlead.connectors.freshdesk;

import io.shiftlead.connectors.spi.error.PermanentException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * The position in the satisfaction-rating stream, kept in the opaque cursor as
 * {@code fds1;since=<iso>;page=<n>}: the {@code created_since} the listing filters on and the page
 * within it. At the end of a listing the next one starts from the newest rating seen.
 */
record SurveyCursor(Instant since, int page) {
  private static final String PREFIX = "fds1;since=";

  String format() {
    return PREFIX + since + ";page=" + page;
  }

  static SurveyCursor parse(String value) throws PermanentException {
    if (!value.startsWith(PREFIX)) {
      throw new PermanentException("not a Freshdesk survey cursor: " + value);
    }
    String[] parts = value.substring(PREFIX.length()).split(";page=", 2);
    try {
      return new SurveyCursor(Instant.parse(parts[0]), Integer.parseInt(parts[1]));
    } catch (DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new PermanentException("not a Freshdesk survey cursor: " + value);
    }
  }
}
