package io.shiftlead.plugin.infrastructure.store;

/** The store could not be read or written; the sync step that hit it is retried later. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
