package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.plugin.application.OutboxRepository.AuditEntry;
import io.shiftlead.plugin.application.OutboxRepository.State;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The admin console's read-only queries: tickets updated recently (the dry run) and the audit log
 * across tickets (every planned write-back with its reasons and fate), filtered.
 */
public final class JdbcAdminQueries {
  /** The most rows an audit query returns; the console says when there are more. */
  public static final int AUDIT_LIMIT = 500;

  private final Jdbc jdbc;

  /** An audit filter; null or blank fields do not filter. */
  public record AuditFilter(String connector, String ticketId, String rule, Instant from,
      Instant to) {}

  /** An audit row with the connector and ticket it belongs to. */
  public record AuditRow(long id, String connector, String ticketId, AuditEntry entry) {}

  public JdbcAdminQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Every stored ticket of the connector updated at or after {@code since}, one at a time. */
  public void forEachUpdatedSince(String connector, Instant since, Consumer<Ticket> each) {
    jdbc.inConnection(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT data FROM tickets WHERE connector = ?"
          + " AND deleted = FALSE AND updated_at >= ? ORDER BY updated_at DESC")) {
        s.setFetchSize(500);
        s.setString(1, connector);
        s.setObject(2, Jdbc.time(since));
        try (java.sql.ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            each.accept(StoreJson.read(rows.getString(1), Ticket.class));
          }
        }
      }
      return null;
    });
  }

  /**
   * The newest write-backs matching the filter, newest first, at most {@link #AUDIT_LIMIT}. The
   * rule filter matches the rule id in the recorded reasons.
   */
  public List<AuditRow> audit(AuditFilter f) {
    StringBuilder sql = new StringBuilder("SELECT * FROM outbox WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (present(f.connector())) {
      sql.append(" AND connector = ?");
      args.add(f.connector());
    }
    if (present(f.ticketId())) {
      sql.append(" AND ticket_id = ?");
      args.add(f.ticketId());
    }
    if (present(f.rule())) {
      sql.append(" AND reasons LIKE ? ESCAPE '!'");
      args.add("%" + f.rule().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    if (f.from() != null) {
      sql.append(" AND created_at >= ?");
      args.add(Jdbc.time(f.from()));
    }
    if (f.to() != null) {
      sql.append(" AND created_at < ?");
      args.add(Jdbc.time(f.to()));
    }
    sql.append(" ORDER BY id DESC FETCH FIRST ").append(AUDIT_LIMIT).append(" ROWS ONLY");
    return jdbc.query(sql.toString(), s -> {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
    }, row -> new AuditRow(row.getLong("id"), row.getString("connector"),
        row.getString("ticket_id"), new AuditEntry(row.getString("update_key"),
            StoreJson.read(row.getString("payload"), TicketUpdate.class),
            row.getString("reasons"), State.valueOf(row.getString("state")),
            row.getInt("attempts"), row.getString("last_error"), Jdbc.instant(row, "created_at"),
            Jdbc.instant(row, "updated_at"))));
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
