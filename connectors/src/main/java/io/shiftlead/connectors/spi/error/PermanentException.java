package io.shiftlead.connectors.spi.error;

/** A request the helpdesk will never accept as sent (400/409/422, malformed page). */
public final class PermanentException extends ConnectorException {
  public PermanentException(String message) {
    super(message, null);
  }

  public PermanentException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetriable() {
    return false;
  }
}
