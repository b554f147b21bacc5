package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.plugin.application.WebhookInbox;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** The webhook inbox in SQL; the unique (connector, delivery, ticket) key refuses replays. */
public final class JdbcWebhookInbox implements WebhookInbox {
  private final Jdbc jdbc;
  private final Clock clock;

  public JdbcWebhookInbox(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public boolean accept(String connector, String deliveryId, String ticketId) {
    return jdbc.inConnection(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO webhook_inbox (connector,"
          + " delivery_id, ticket_id, received_at) VALUES (?, ?, ?, ?)")) {
        s.setString(1, connector);
        s.setString(2, deliveryId);
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

  @Override
  public List<Item> pending(String connector, int limit) {
    return jdbc.query("SELECT id, ticket_id FROM webhook_inbox WHERE connector = ?"
            + " AND done_at IS NULL ORDER BY id FETCH FIRST " + limit + " ROWS ONLY",
        s -> s.setString(1, connector), row -> new Item(row.getLong(1), row.getString(2)));
  }

  @Override
  public void markDone(long id) {
    jdbc.update("UPDATE webhook_inbox SET done_at = ? WHERE id = ?", s -> {
      s.setObject(1, Jdbc.time(clock.instant()));
      s.setLong(2, id);
    });
  }
}
