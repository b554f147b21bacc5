package io.shiftlead.connectors.spi.error;

/**
 * The typed errors at the SPI boundary. Only {@link RateLimitedException} and
 * {@link TransientException} are worth retrying; the others need a person (or another request).
 */
public abstract sealed class ConnectorException extends Exception
    permits AuthFailedException, NotFoundException, RateLimitedException, TransientException,
        PermanentException {

  protected ConnectorException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether the same call may succeed later without anyone changing anything. */
  public abstract boolean isRetriable();
}
