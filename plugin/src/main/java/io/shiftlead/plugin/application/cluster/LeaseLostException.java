package io.shiftlead.plugin.application.cluster;

/**
 * Thrown before a write when this member no longer holds the connector's lease: another member
 * syncs it now, and this one must stop without writing (nothing is wrong, nothing to retry).
 */
public final class LeaseLostException extends RuntimeException {
  public LeaseLostException(String connector) {
    super(connector + ": this member no longer holds the connector's lease; another member syncs"
        + " it now, this run stops before writing");
  }
}
