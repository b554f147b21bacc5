package io.shiftlead.connectors.rt;

import io.shiftlead.connectors.spi.error.PermanentException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The position in RT's change stream: {@code LastUpdated >= since}, skipping the tickets in
 * {@code seen} (already returned with {@code LastUpdated == since}), reading search page
 * {@code page}. Formatted {@code v1:<epoch seconds>:<page>:<id,id,...>}.
 *
 * <p>Why this shape: {@code LastUpdated} has one-second resolution, so "strictly after the newest
 * change" would lose tickets updated later in that same second; {@code >=} plus the ids already seen
 * at that instant overlaps without repeating. {@code page} only grows while a whole page shares one
 * instant (a bulk change), so the stream still advances.
 */
record RtCursor(Instant since, int page, Set<String> seen) {
  private static final String VERSION = "v1";

  RtCursor {
    seen = Set.copyOf(seen);
  }

  static RtCursor start(Instant since) {
    return new RtCursor(since, 1, Set.of());
  }

  static RtCursor parse(String value) throws PermanentException {
    String[] parts = value.split(":", 4);
    try {
      if (parts.length != 4 || !VERSION.equals(parts[0])) {
        throw new IllegalArgumentException("expected " + VERSION + ":<seconds>:<page>:<ids>");
      }
      Set<String> seen = parts[3].isEmpty() ? Set.of()
          : Arrays.stream(parts[3].split(",")).collect(Collectors.toSet());
      return new RtCursor(Instant.ofEpochSecond(Long.parseLong(parts[1])), Integer.parseInt(parts[2]),
          seen);
    } catch (IllegalArgumentException e) {
      throw new PermanentException("not a Request Tracker cursor: '" + value + "' (" + e.getMessage()
          + ")", e);
    }
  }

  String format() {
    return VERSION + ":" + since.getEpochSecond() + ":" + page + ":" + String.join(",", new TreeSet<>(seen));
  }
}
