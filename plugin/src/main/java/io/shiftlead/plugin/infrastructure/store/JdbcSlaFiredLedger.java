package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.plugin.core.sla.SlaFiredLedger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * {@code sla_fired} (V4): a breach note or escalation level fires when its key is first inserted;
 * the primary key makes a second insert fail, which means "fired before". One writer per
 * connector (its worker thread), so looking first only saves the failing insert.
 */
public final class JdbcSlaFiredLedger implements SlaFiredLedger {
  private final Jdbc jdbc;
  private final String connector;

  public JdbcSlaFiredLedger(Jdbc jdbc, String connector) {
    this.jdbc = jdbc;
    this.connector = connector;
  }

  @Override
  public boolean markFired(String ticketId, String key, String line, Instant at) {
    if (hasFired(key)) {
      return false; // the common case on re-evaluation: no failing insert (PostgreSQL logs those)
    }
    return jdbc.inConnection(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO sla_fired (connector, fire_key,"
          + " ticket_id, fired_at, note_line) VALUES (?, ?, ?, ?, ?)")) {
        s.setString(1, connector);
        s.setString(2, key);
        s.setString(3, ticketId);
        s.setObject(4, Jdbc.time(at));
        s.setString(5, line);
        s.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (Jdbc.isUniqueViolation(e)) {
          return false;
        }
        throw e;
      }
    });
  }

  @Override
  public List<String> latestLines(String ticketId) {
    return jdbc.query("SELECT note_line FROM sla_fired WHERE connector = ? AND ticket_id = ?"
        + " AND fired_at = (SELECT MAX(fired_at) FROM sla_fired WHERE connector = ?"
        + " AND ticket_id = ?) ORDER BY fire_key", s -> {
          s.setString(1, connector);
          s.setString(2, ticketId);
          s.setString(3, connector);
          s.setString(4, ticketId);
        }, row -> row.getString(1));
  }

  /** Whether the key fired before, without recording anything. */
  public boolean hasFired(String key) {
    return jdbc.count("SELECT COUNT(*) FROM sla_fired WHERE connector = ? AND fire_key = ?", s -> {
      s.setString(1, connector);
      s.setString(2, key);
    }) > 0;
  }
}
