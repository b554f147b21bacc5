package io.shiftlead.connectors.spi.error;

/** Credentials were refused (401/403): the connector is marked failing until an admin fixes them. */
public final class AuthFailedException extends ConnectorException {
  public AuthFailedException(String message) {
    super(message, null);
  }

  public AuthFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetriable() {
    return false;
  }
}
