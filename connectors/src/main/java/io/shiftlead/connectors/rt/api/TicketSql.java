package io.shiftlead.connectors.rt.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Builds the TicketSQL of the incremental search. Dates go in as {@code 'YYYY-MM-DD HH:MM:SS'} in
 * the API user's time zone: verified on RT 5.0.3 that TicketSQL reads them in the user's zone (a user
 * preference of Europe/Berlin made {@code '04:05:42'} match a ticket updated at 03:05:42Z), and that
 * {@code +0000}, {@code UTC} and ISO {@code T...Z} suffixes are not honoured.
 */
public final class TicketSql {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private TicketSql() {}

  /** {@code LastUpdated >= '<since>'} (+ {@code AND Queue = '<queue>'}). */
  public static String updatedSince(Instant since, ZoneId zone, Optional<String> queue) {
    String query = "LastUpdated >= '" + FORMAT.format(since.atZone(zone)) + "'";
    return queue.map(q -> query + " AND Queue = '" + quote(q) + "'").orElse(query);
  }

  /** TicketSQL string literals escape quotes and backslashes with a backslash. */
  static String quote(String value) {
    return value.replace("\\", "\\\\").replace("'", "\\'");
  }
}
