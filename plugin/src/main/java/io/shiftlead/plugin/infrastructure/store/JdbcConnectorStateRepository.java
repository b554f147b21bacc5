package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.plugin.application.ConnectorStateRepository;
import java.time.Instant;
import java.util.Optional;

/** Connector cursors and health in SQL; the row is created on first use. */
public final class JdbcConnectorStateRepository implements ConnectorStateRepository {
  private final Jdbc jdbc;

  public JdbcConnectorStateRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ConnectorState> find(String connector) {
    return jdbc.query("SELECT * FROM connector_state WHERE connector = ?",
        s -> s.setString(1, connector),
        row -> new ConnectorState(connector, cursor(row.getString("ticket_cursor")),
            cursor(row.getString("survey_cursor")), Jdbc.instant(row, "last_sync_at"),
            row.getString("last_error"), Jdbc.instant(row, "last_error_at"),
            row.getLong("pages_pulled"))).stream().findFirst();
  }

  private static Cursor cursor(String value) {
    return value == null ? Cursor.BEGINNING : new Cursor(value);
  }

  private void ensureRow(String connector) {
    if (find(connector).isEmpty()) {
      jdbc.update("INSERT INTO connector_state (connector, pages_pulled) VALUES (?, 0)",
          s -> s.setString(1, connector));
    }
  }

  @Override
  public void saveTicketCursor(String connector, Cursor cursor, Instant at) {
    ensureRow(connector);
    jdbc.update("UPDATE connector_state SET ticket_cursor = ?, last_sync_at = ?,"
        + " pages_pulled = pages_pulled + 1 WHERE connector = ?", s -> {
          s.setString(1, cursor.value());
          s.setObject(2, Jdbc.time(at));
          s.setString(3, connector);
        });
  }

  @Override
  public void rewindTicketCursor(String connector, Cursor cursor) {
    ensureRow(connector);
    jdbc.update("UPDATE connector_state SET ticket_cursor = ? WHERE connector = ?", s -> {
      s.setString(1, cursor.value());
      s.setString(2, connector);
    });
  }

  @Override
  public void saveSurveyCursor(String connector, Cursor cursor) {
    ensureRow(connector);
    jdbc.update("UPDATE connector_state SET survey_cursor = ? WHERE connector = ?", s -> {
      s.setString(1, cursor.value());
      s.setString(2, connector);
    });
  }

  @Override
  public void recordError(String connector, String error, Instant at) {
    ensureRow(connector);
    jdbc.update("UPDATE connector_state SET last_error = ?, last_error_at = ? WHERE connector = ?",
        s -> {
          s.setString(1, error);
          s.setObject(2, Jdbc.time(at));
          s.setString(3, connector);
        });
  }

  @Override
  public void clearError(String connector) {
    jdbc.update("UPDATE connector_state SET last_error = NULL WHERE connector = ?",
        s -> s.setString(1, connector));
  }
}
