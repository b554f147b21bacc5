package io.shiftlead.connectors.jsm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.jsm.wire.JsmJson;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.error.PermanentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The position in a JQL scan ordered by {@code updated}, kept in the opaque cursor as base64url JSON.
 *
 * <p>JQL dates have minute precision and the search is eventually consistent, so each scan starts an
 * overlap before the newest {@code updated} seen ({@code since}) and skips what it already returned:
 * {@code seen} holds {@code key@updatedMillis} of the issues returned at or after {@code since}. An
 * issue changed again has a new {@code updated} and is returned again, as the SPI wants.
 *
 * @param since the JQL lower bound ({@code updated >= since}), minute precision
 * @param token Jira's {@code nextPageToken} in the middle of a scan, else null
 * @param high the newest {@code updated} returned so far in this scan (epoch ms), or null
 * @param seen entries {@code key@updatedMillis} already returned, all at or after the overlap
 */
record ScanCursor(
    @JsonProperty("s") long since,
    @JsonProperty("t") String token,
    @JsonProperty("h") Long high,
    @JsonProperty("d") List<String> seen) {

  /** Enough to cover a burst of changes in one overlap window; beyond it, issues are merely repeated. */
  static final int MAX_SEEN = 2000;
  private static final ObjectMapper JSON = JsmJson.mapper();

  ScanCursor {
    seen = seen == null ? List.of() : List.copyOf(seen);
  }

  static ScanCursor startingAt(Instant since) {
    return new ScanCursor(JsmTime.floorMinute(since).toEpochMilli(), null, null, List.of());
  }

  Instant sinceInstant() {
    return Instant.ofEpochMilli(since);
  }

  Set<String> seenSet() {
    return new LinkedHashSet<>(seen);
  }

  static String entry(String key, Instant updated) {
    return key + "@" + updated.toEpochMilli();
  }

  /** Keeps the entries whose {@code updated} passes {@code keep}, the newest {@value #MAX_SEEN}. */
  static List<String> prune(Set<String> entries, LongPredicate keep) {
    List<String> kept = entries.stream()
        .filter(e -> keep.test(millis(e)))
        .sorted((a, b) -> Long.compare(millis(b), millis(a)))
        .limit(MAX_SEEN)
        .toList();
    return kept;
  }

  Cursor toCursor() {
    try {
      return new Cursor(Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode a JSM cursor", e);
    }
  }

  static ScanCursor parse(Cursor cursor) throws PermanentException {
    try {
      byte[] json = Base64.getUrlDecoder().decode(cursor.value());
      return JSON.readValue(new String(json, StandardCharsets.UTF_8), ScanCursor.class);
    } catch (IllegalArgumentException | IOException e) {
      throw new PermanentException("not a JSM cursor: " + cursor.value());
    }
  }

  private static long millis(String entry) {
    int at = entry.lastIndexOf('@');
    try {
      return Long.parseLong(entry.substring(at + 1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return Long.MIN_VALUE;
    }
  }
}
