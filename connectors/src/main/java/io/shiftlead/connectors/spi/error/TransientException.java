package io.shiftlead.connectors.spi.error;

/** A failure that may pass: 5xx, timeout, connection reset, truncated body. */
public final class TransientException extends ConnectorException {
  public TransientException(String message) {
    super(message, null);
  }

  public TransientException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetriable() {
    return true;
  }
}
