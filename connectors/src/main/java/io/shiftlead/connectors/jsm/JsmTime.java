package io.shiftlead.connectors.jsm;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Jira's timestamp and JQL date formats, in one place. */
final class JsmTime {
  /** {@code 2024-05-01T10:00:00.000+0000} (no colon in the offset) as well as ISO {@code +00:00}/{@code Z}. */
  private static final DateTimeFormatter JIRA =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX][XX]");
  /** JQL's date literal: minute precision, in the API user's profile time zone. */
  private static final DateTimeFormatter JQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private JsmTime() {}

  /** @throws IllegalArgumentException when the value is not a Jira timestamp */
  static Instant parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim(), JIRA).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a Jira timestamp: " + value, e);
    }
  }

  /** The JQL literal of {@code instant} in {@code zone}, seconds dropped. */
  static String jql(Instant instant, ZoneId zone) {
    return LocalDateTime.ofInstant(instant, zone).format(JQL);
  }

  static Instant floorMinute(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MINUTES);
  }
}
