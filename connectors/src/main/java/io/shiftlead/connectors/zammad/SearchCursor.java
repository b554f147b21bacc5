package io.shiftlead.connectors.zammad;

import io.shiftlead.connectors.spi.error.PermanentException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The position in Zammad's ticket search, carried in the opaque cursor:
 * {@code v1|<from>|<page>|<id>@<updated_at millis>,...}.
 *
 * <p>Zammad has no change feed, so the pull is a keyset walk over {@code updated_at >= from} sorted
 * ascending: {@code from} moves to the newest {@code updated_at} of each full page (never an offset that
 * shifts when tickets change during paging). {@code page} steps past a run of more tickets than one page
 * sharing one instant. {@code seen} holds the (id, updated_at) pairs already emitted in the recent
 * overlap window, so a ticket repeated at the keyset boundary or in the overlap is emitted once per
 * change.
 *
 * @param seen ticket id to the updated_at it was emitted with
 */
record SearchCursor(Instant from, int page, Map<Long, Instant> seen) {
  /** Bounds the cursor's size; losing the oldest pairs only costs a repeated (harmless) emission. */
  static final int MAX_SEEN = 500;
  private static final String VERSION = "v1";

  SearchCursor {
    seen = Map.copyOf(seen);
  }

  static SearchCursor start(Instant from) {
    return new SearchCursor(from, 1, Map.of());
  }

  /** The newest updated_at seen, or {@code from} when none is. */
  Instant watermark() {
    return seen.values().stream().max(Comparator.naturalOrder())
        .filter(newest -> newest.isAfter(from)).orElse(from);
  }

  /** Whether this exact change of the ticket was already emitted. */
  boolean alreadyEmitted(long id, Instant updatedAt) {
    Instant emitted = seen.get(id);
    return emitted != null && !updatedAt.isAfter(emitted);
  }

  /** {@code seen} with the given pairs added, keeping only those at or after {@code keepFrom}. */
  static Map<Long, Instant> merge(Map<Long, Instant> seen, Map<Long, Instant> added, Instant keepFrom) {
    Map<Long, Instant> all = new LinkedHashMap<>(seen);
    added.forEach((id, at) -> all.merge(id, at, (a, b) -> a.isAfter(b) ? a : b));
    return all.entrySet().stream()
        .filter(e -> !e.getValue().isBefore(keepFrom))
        .sorted(Map.Entry.<Long, Instant>comparingByValue().reversed())
        .limit(MAX_SEEN)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
            LinkedHashMap::new));
  }

  String format() {
    String pairs = seen.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "@" + e.getValue().toEpochMilli())
        .collect(Collectors.joining(","));
    return VERSION + "|" + from + "|" + page + "|" + pairs;
  }

  static SearchCursor parse(String value) throws PermanentException {
    String[] parts = value.split("\\|", -1);
    if (parts.length != 4 || !VERSION.equals(parts[0])) {
      throw new PermanentException("not a Zammad search cursor: " + value);
    }
    try {
      Map<Long, Instant> seen = new LinkedHashMap<>();
      if (!parts[3].isEmpty()) {
        for (String pair : parts[3].split(",")) {
          String[] idAt = pair.split("@");
          seen.put(Long.parseLong(idAt[0]), Instant.ofEpochMilli(Long.parseLong(idAt[1])));
        }
      }
      int page = Integer.parseInt(parts[2]);
      if (page < 1) {
        throw new IllegalArgumentException("page " + page);
      }
      return new SearchCursor(Instant.parse(parts[1]), page, seen);
    } catch (RuntimeException e) {
      throw new PermanentException("unreadable Zammad search cursor: " + value, e);
    }
  }
}
