package io.shiftlead.connectors.freshdesk;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import java.io.IOException;
import java.time.Duration;

/** The one place where Freshdesk HTTP outcomes become the SPI's typed errors. */
public final class FreshdeskErrors {

  /** Waited when a 429 carries no usable Retry-After (Freshdesk sends seconds; the limit window is a minute). */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

  private static final int MAX_SNIPPET = 200;

  private FreshdeskErrors() {}

  /**
   * Maps a non-2xx status.
   *
   * @param what the call, for the message (never carries credentials)
   * @param retryAfter the raw {@code Retry-After} header, may be null
   * @param body the response body (may be plain text), may be null; only a snippet is kept
   */
  public static ConnectorException fromStatus(int status, String what, String retryAfter, String body) {
    String message = "Freshdesk " + what + " answered " + status + snippet(body);
    switch (status) {
      case 401:
      case 403:
        // 403 is also Freshdesk's answer for a feature outside the plan or the key owner's role: both
        // need an admin, like refused credentials
        return new AuthFailedException(message);
      case 404:
        return new NotFoundException(message);
      case 429:
        return new RateLimitedException(message, retryAfter(retryAfter));
      case 500:
      case 502:
      case 503:
      case 504:
        return new TransientException(message);
      default:
        return status >= 500 ? new TransientException(message) : new PermanentException(message);
    }
  }

  /** A connection reset, timeout or a body cut off in transfer. */
  public static ConnectorException fromIo(String what, IOException e) {
    return new TransientException("Freshdesk " + what + " failed: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
  }

  /** A truncated or malformed JSON body; treated as transient (a cut-off transfer is the usual cause). */
  public static ConnectorException fromJson(String what, JsonProcessingException e) {
    return new TransientException("Freshdesk " + what + " returned unreadable JSON: "
        + e.getOriginalMessage(), e);
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
