package io.shiftlead.connectors.zendesk;

import io.shiftlead.connectors.spi.error.PermanentException;
import java.time.Instant;

/**
 * The position in the CSAT stream, kept in the opaque cursor as {@code st=<epoch>[;after=<cursor>]}:
 * the start time the listing filters on and, mid-listing, Zendesk's {@code page[after]} cursor.
 */
record SurveyCursor(Instant startTime, String after) {

  String format() {
    return "st=" + startTime.getEpochSecond() + (after == null ? "" : ";after=" + after);
  }

  static SurveyCursor parse(String value) throws PermanentException {
    String startTime = null;
    String after = null;
    for (String part : value.split(";", 2)) {
      if (part.startsWith("st=")) {
        startTime = part.substring(3);
      } else if (part.startsWith("after=")) {
        after = part.substring(6);
      }
    }
    try {
      return new SurveyCursor(Instant.ofEpochSecond(Long.parseLong(startTime)), after);
    } catch (NumberFormatException | NullPointerException e) {
      throw new PermanentException("not a Zendesk survey cursor: " + value);
    }
  }
}
