package io.shiftlead.connectors.spi.error;

import java.time.Duration;

/** The helpdesk answered 429 (or an equivalent); {@link #retryAfter()} is how long it asked to wait. */
public final class RateLimitedException extends ConnectorException {
  private final Duration retryAfter;

  public RateLimitedException(String message, Duration retryAfter) {
    super(message, null);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean isRetriable() {
    return true;
  }
}
