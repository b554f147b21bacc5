package io.shiftlead.connectors.rt;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import java.io.IOException;
import java.time.Duration;

/** The one place where RT REST2 HTTP outcomes become the SPI's typed errors. */
public final class RtErrors {

  /** Waited when a 429 (from a proxy: RT has no limits of its own) carries no usable Retry-After. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

  private static final int MAX_SNIPPET = 200;

  private RtErrors() {}

  /**
   * Maps a non-2xx status.
   *
   * <ul>
   *   <li>401/403, and 302: REST2 redirects to the login page instead of 401 when a request carries
   *       a cookie or a browser User-Agent.
   *   <li>400 {@code Permission Denied}: the API user lacks a right (an admin must grant it), so it
   *       is reported like refused credentials; other 400s (bad TicketSQL) are permanent.
   *   <li>404 not found; 429 rate limited (a proxy's); 5xx transient; other 4xx permanent (409,
   *       412 stale ETag).
   * </ul>
   *
   * @param what the call, for the message (never carries credentials)
   * @param retryAfter the raw {@code Retry-After} header, may be null
   * @param body the response body, may be null; only a snippet is kept
   */
  public static ConnectorException fromStatus(int status, String what, String retryAfter, String body) {
    String message = "RT " + what + " answered " + status + snippet(body);
    if (status == 400 && body != null && body.contains("Permission Denied")) {
      return new AuthFailedException(message + " (grant the API user the right it lacks)");
    }
    switch (status) {
      case 301:
      case 302:
      case 303:
      case 401:
      case 403:
        return new AuthFailedException(message);
      case 404:
        return new NotFoundException(message);
      case 429:
        return new RateLimitedException(message, retryAfter(retryAfter));
      default:
        return status >= 500 ? new TransientException(message) : new PermanentException(message);
    }
  }

  /** A connection reset, timeout or a body cut off in transfer. */
  public static ConnectorException fromIo(String what, IOException e) {
    return new TransientException("RT " + what + " failed: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
  }

  /** A truncated or malformed JSON body; transient (a cut-off transfer is the usual cause). */
  public static ConnectorException fromJson(String what, JsonProcessingException e) {
    return new TransientException("RT " + what + " returned unreadable JSON: "
        + e.getOriginalMessage(), e);
  }

  /**
   * A PUT that answered 200 but whose messages report a refusal: REST2 only says so in the list of
   * human-readable messages ({@code "Invalid value for custom field"}, {@code "... may not own
   * tickets in that queue"}, {@code "Could not add new custom field value: Permission Denied"}).
   */
  public static PermanentException refused(String what, String message) {
    return new PermanentException("RT refused " + what + ": " + message);
  }

  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT_RETRY_AFTER;
    }
    try {
      long seconds = (long) Math.ceil(Double.parseDouble(header.trim()));
      return seconds < 0 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
    } catch (NumberFormatException httpDate) {
      return DEFAULT_RETRY_AFTER;
    }
  }

  private static String snippet(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String flat = body.replaceAll("\\s+", " ").trim();
    return ": " + (flat.length() > MAX_SNIPPET ? flat.substring(0, MAX_SNIPPET) + "..." : flat);
  }
}
