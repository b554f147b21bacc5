package io.shiftlead.connectors.spi.error;

/** The ticket or resource does not exist (404), or was deleted. */
public final class NotFoundException extends ConnectorException {
  public NotFoundException(String message) {
    super(message, null);
  }

  public NotFoundException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetriable() {
    return false;
  }
}
