package io.shiftlead.plugin.infrastructure.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.shiftlead.plugin.application.NotificationOutbox;
import io.shiftlead.plugin.core.evaluation.OutboundNotification;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The webhook-call outbox in SQL; the unique (connector, key) makes each call happen once. */
public final class JdbcNotificationOutbox implements NotificationOutbox {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final Jdbc jdbc;
  private final Clock clock;

  public JdbcNotificationOutbox(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public boolean enqueue(String connector, OutboundNotification notification) {
    return jdbc.inConnection(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO notification_outbox (connector,"
          + " notify_key, url, payload, state, attempts, created_at, updated_at)"
          + " VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
        s.setString(1, connector);
        s.setString(2, notification.key());
        s.setString(3, notification.url());
        s.setString(4, StoreJson.write(notification.payload()));
        s.setObject(5, Jdbc.time(clock.instant()));
        s.setObject(6, Jdbc.time(clock.instant()));
        s.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (Jdbc.isUniqueViolation(e)) {
          return false; // asked again by a later evaluation: already queued or sent
        }
        throw e;
      }
    });
  }

  @Override
  public List<Pending> pending(String connector, int limit) {
    return jdbc.query("SELECT id, notify_key, url, payload, attempts FROM notification_outbox"
            + " WHERE connector = ? AND state = 'PENDING' ORDER BY id FETCH FIRST " + limit
            + " ROWS ONLY",
        s -> s.setString(1, connector),
        row -> new Pending(row.getLong("id"), new OutboundNotification(row.getString("notify_key"),
            row.getString("url"), read(row.getString("payload"))), row.getInt("attempts")));
  }

  private static Map<String, Object> read(String json) {
    try {
      return StoreJson.MAPPER.readValue(json, MAP);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("stored notification payload is unreadable", e);
    }
  }

  @Override
  public void markSent(long id) {
    jdbc.update("UPDATE notification_outbox SET state = 'SENT', attempts = attempts + 1,"
        + " updated_at = ? WHERE id = ?", s -> {
          s.setObject(1, Jdbc.time(clock.instant()));
          s.setLong(2, id);
        });
  }

  @Override
  public void markAttemptFailed(long id, String error, int maxAttempts) {
    jdbc.update("UPDATE notification_outbox SET attempts = attempts + 1, last_error = ?,"
        + " state = CASE WHEN attempts + 1 >= ? THEN 'FAILED' ELSE 'PENDING' END,"
        + " updated_at = ? WHERE id = ?", s -> {
          s.setString(1, error);
          s.setInt(2, maxAttempts);
          s.setObject(3, Jdbc.time(clock.instant()));
          s.setLong(4, id);
        });
  }
}
