package io.shiftlead.plugin.application;

import io.shiftlead.connectors.spi.Cursor;
import java.time.Instant;
import java.util.Optional;

/** Per-connector sync position and health: the cursors and the last error. */
public interface ConnectorStateRepository {

  /** What the status API shows for one connector. */
  record ConnectorState(
      String connector,
      Cursor ticketCursor,
      Cursor surveyCursor,
      Instant lastSyncAt,
      String lastError,
      Instant lastErrorAt,
      long pagesPulled) {}

  Optional<ConnectorState> find(String connector);

  /** Stores the ticket cursor; called only after the page's effects are stored. */
  void saveTicketCursor(String connector, Cursor cursor, Instant at);

  void saveSurveyCursor(String connector, Cursor cursor);

  /**
   * Moves the ticket cursor back (a re-sweep, ADR 0021) without counting a page or a sync; the
   * next run pulls from there.
   */
  void rewindTicketCursor(String connector, Cursor cursor);

  void recordError(String connector, String error, Instant at);

  void clearError(String connector);
}
