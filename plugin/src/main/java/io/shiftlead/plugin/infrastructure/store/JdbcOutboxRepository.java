package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.plugin.application.OutboxRepository;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** The write-back outbox in SQL. */
public final class JdbcOutboxRepository implements OutboxRepository {
  private final Jdbc jdbc;
  private final Clock clock;

  public JdbcOutboxRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public boolean enqueue(String connector, String updateKey, TicketUpdate update, String reasons) {
    return jdbc.inConnection(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (connector, update_key,"
          + " ticket_id, note_key, payload, reasons, state, attempts, note_already_present,"
          + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, FALSE, ?, ?)")) {
        s.setString(1, connector);
        s.setString(2, updateKey);
        s.setString(3, update.ticketId());
        s.setString(4, update.note() == null ? null : update.note().idempotencyKey());
        s.setString(5, StoreJson.write(update));
        s.setString(6, reasons);
        s.setObject(7, Jdbc.time(clock.instant()));
        s.setObject(8, Jdbc.time(clock.instant()));
        s.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (Jdbc.isUniqueViolation(e)) {
          return false; // the same page pulled again: already queued or done
        }
        throw e;
      }
    });
  }

  @Override
  public List<AuditEntry> history(String connector, String ticketId) {
    return jdbc.query("SELECT * FROM outbox WHERE connector = ? AND ticket_id = ? ORDER BY id",
        s -> {
          s.setString(1, connector);
          s.setString(2, ticketId);
        },
        row -> new AuditEntry(row.getString("update_key"),
            StoreJson.read(row.getString("payload"), TicketUpdate.class), row.getString("reasons"),
            State.valueOf(row.getString("state")), row.getInt("attempts"),
            row.getString("last_error"), Jdbc.instant(row, "created_at"),
            Jdbc.instant(row, "updated_at")));
  }

  @Override
  public List<Entry> unfinished(String connector, int limit) {
    return jdbc.query("SELECT id, update_key, payload, state, attempts FROM outbox"
            + " WHERE connector = ? AND state IN ('PENDING', 'ATTEMPTED') ORDER BY id"
            + " FETCH FIRST " + limit + " ROWS ONLY",
        s -> s.setString(1, connector),
        row -> new Entry(row.getLong("id"), row.getString("update_key"),
            StoreJson.read(row.getString("payload"), TicketUpdate.class),
            State.valueOf(row.getString("state")), row.getInt("attempts")));
  }

  @Override
  public void markAttempted(List<Entry> entries) {
    jdbc.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET state = 'ATTEMPTED',"
          + " attempts = attempts + 1, updated_at = ? WHERE id = ?")) {
        for (Entry entry : entries) {
          s.setObject(1, Jdbc.time(clock.instant()));
          s.setLong(2, entry.id());
          s.addBatch();
        }
        s.executeBatch();
      }
      return null;
    });
  }

  @Override
  public void markApplied(long id, boolean noteAlreadyPresent) {
    jdbc.update("UPDATE outbox SET state = 'APPLIED', note_already_present = ?, last_error = NULL,"
        + " updated_at = ? WHERE id = ?", s -> {
          s.setBoolean(1, noteAlreadyPresent);
          s.setObject(2, Jdbc.time(clock.instant()));
          s.setLong(3, id);
        });
  }

  @Override
  public void markFailed(long id, String error) {
    jdbc.update("UPDATE outbox SET state = 'FAILED', last_error = ?, updated_at = ? WHERE id = ?",
        s -> {
          s.setString(1, error);
          s.setObject(2, Jdbc.time(clock.instant()));
          s.setLong(3, id);
        });
  }

  @Override
  public boolean notePostedOrPending(String connector, String noteKey) {
    return jdbc.count("SELECT COUNT(*) FROM outbox WHERE connector = ? AND note_key = ?"
        + " AND state <> 'FAILED'", s -> {
          s.setString(1, connector);
          s.setString(2, noteKey);
        }) > 0;
  }

  @Override
  public long lastId(String connector) {
    return jdbc.count("SELECT COALESCE(MAX(id), 0) FROM outbox WHERE connector = ?",
        s -> s.setString(1, connector));
  }

  @Override
  public long countApplied(String connector) {
    return jdbc.count("SELECT COUNT(*) FROM outbox WHERE connector = ? AND state = 'APPLIED'",
        s -> s.setString(1, connector));
  }

  @Override
  public long countNotesPosted(String connector) {
    return jdbc.count("SELECT COUNT(*) FROM outbox WHERE connector = ? AND state = 'APPLIED'"
        + " AND note_key IS NOT NULL AND note_already_present = FALSE",
        s -> s.setString(1, connector));
  }
}
