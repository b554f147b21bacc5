package io.shiftlead.connectors.spi;

/** A webhook delivery that must not be acted on: unsigned, forged, replayed or unreadable. */
public final class WebhookRejectedException extends Exception {
  private final int status;

  public WebhookRejectedException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status to answer with (401 for signatures, 400 for bodies). */
  public int status() {
    return status;
  }
}
