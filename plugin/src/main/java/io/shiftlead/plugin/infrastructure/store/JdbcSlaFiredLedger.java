package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.plugin.core.sla.SlaFiredLedger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;

/**
 * {@code sla_fired} (V4): a breach note or escalation level fires when its key is first inserted;
 * the primary key makes a second insert fail, which means "fired before".
 */
public final class JdbcSlaFiredLedger implements SlaFiredLedger {
  private final Jdbc jdbc;
  private final String connector;
  private final Clock clock;

  public JdbcSlaFiredLedger(Jdbc jdbc, String connector, Clock clock) {
    this.jdbc = jdbc;
    this.connector = connector;
    this.clock = clock;
  }

  @Override
  public boolean markFired(String ticketId, String key) {
    return jdbc.inConnection(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO sla_fired (connector, fire_key,"
          + " ticket_id, fired_at) VALUES (?, ?, ?, ?)")) {
        s.setString(1, connector);
        s.setString(2, key);
        s.setString(3, ticketId);
        s.setObject(4, Jdbc.time(clock.instant()));
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

  /** Whether the key fired before, without recording anything. */
  public boolean hasFired(String key) {
    return jdbc.count("SELECT COUNT(*) FROM sla_fired WHERE connector = ? AND fire_key = ?", s -> {
      s.setString(1, connector);
      s.setString(2, key);
    }) > 0;
  }
}
