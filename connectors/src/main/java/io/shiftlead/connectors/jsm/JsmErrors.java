package io.shiftlead.connectors.jsm;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The one place where Jira/JSM HTTP outcomes become the SPI's typed errors. */
public final class JsmErrors {

  /** Waited when a 429 carries neither Retry-After nor X-RateLimit-Reset. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

  private static final int MAX_SNIPPET = 200;
  /** {@code X-RateLimit-Reset} is an ISO timestamp with minute precision, e.g. {@code 2024-05-01T10:05Z}. */
  private static final DateTimeFormatter RESET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XXX");

  private JsmErrors() {}

  /**
   * Maps a non-2xx status.
   *
   * <p>503 with a {@code Retry-After} is a rate limit too: Jira sheds load that way and asks for the
   * same wait. Without the header it is an ordinary transient failure.
   *
   * @param what the call, for the message (never carries credentials)
   * @param retryAfter the raw {@code Retry-After} header (seconds), may be null
   * @param rateLimitReset the raw {@code X-RateLimit-Reset} header, used when Retry-After is missing
   * @param body the response body, may be null; only a snippet is kept
   * @param now the time the answer arrived, to turn the reset timestamp into a wait
   */
  public static ConnectorException fromStatus(int status, String what, String retryAfter,
      String rateLimitReset, String body, Instant now) {
    String message = "JSM " + what + " answered " + status + snippet(body);
    switch (status) {
      case 401:
      case 403:
        return new AuthFailedException(message);
      case 404:
        return new NotFoundException(message);
      case 429:
        return new RateLimitedException(message, wait(retryAfter, rateLimitReset, now));
      case 503:
        return retryAfter == null || retryAfter.isBlank()
            ? new TransientException(message)
            : new RateLimitedException(message, wait(retryAfter, rateLimitReset, now));
      default:
        return status >= 500 ? new TransientException(message) : new PermanentException(message);
    }
  }

  /** A connection reset, timeout or a body cut off in transfer. */
  public static ConnectorException fromIo(String what, IOException e) {
    return new TransientException("JSM " + what + " failed: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
  }

  /** A truncated or malformed JSON body; transient (a cut-off transfer is the usual cause). */
  public static ConnectorException fromJson(String what, JsonProcessingException e) {
    return new TransientException("JSM " + what + " returned unreadable JSON: "
        + e.getOriginalMessage(), e);
  }

  static Duration wait(String retryAfter, String rateLimitReset, Instant now) {
    if (retryAfter != null && !retryAfter.isBlank()) {
      try {
        long seconds = (long) Math.ceil(Double.parseDouble(retryAfter.trim()));
        if (seconds >= 0) {
          return Duration.ofSeconds(seconds);
        }
      } catch (NumberFormatException httpDate) {
        // fall through to the reset header
      }
    }
    if (rateLimitReset != null && !rateLimitReset.isBlank() && now != null) {
      try {
        Instant reset = OffsetDateTime.parse(rateLimitReset.trim(), RESET).toInstant();
        Duration until = Duration.between(now, reset);
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException unreadable) {
        // fall through to the default
      }
    }
    return DEFAULT_RETRY_AFTER;
  }

  private static String snippet(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String flat = body.replaceAll("\\s+", " ").trim();
    return ": " + (flat.length() > MAX_SNIPPET ? flat.substring(0, MAX_SNIPPET) + "..." : flat);
  }
}
