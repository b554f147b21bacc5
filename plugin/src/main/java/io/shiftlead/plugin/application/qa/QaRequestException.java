package io.shiftlead.plugin.application.qa;

/** A QA request that cannot be done as asked; the message says what to change (HTTP 400/404). */
public final class QaRequestException extends RuntimeException {
  private final boolean notFound;

  private QaRequestException(String message, boolean notFound) {
    super(message);
    this.notFound = notFound;
  }

  public static QaRequestException invalid(String message) {
    return new QaRequestException(message, false);
  }

  public static QaRequestException notFound(String message) {
    return new QaRequestException(message, true);
  }

  public boolean notFound() {
    return notFound;
  }
}
