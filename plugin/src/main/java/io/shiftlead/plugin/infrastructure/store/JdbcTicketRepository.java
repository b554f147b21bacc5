package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.application.TicketRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Tickets and survey responses in SQL, each ticket's full normalized form kept as JSON. */
public final class JdbcTicketRepository implements TicketRepository {
  private static final String UPDATE_TICKET = "UPDATE tickets SET status = ?, priority = ?,"
      + " deleted = ?, created_at = ?, updated_at = ?, comment_count = ?, data = ?, stored_at = ?,"
      + " assignee_id = ? WHERE connector = ? AND ticket_id = ?";
  private static final String INSERT_TICKET = "INSERT INTO tickets (status, priority, deleted,"
      + " created_at, updated_at, comment_count, data, stored_at, assignee_id, connector,"
      + " ticket_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Jdbc jdbc;
  private final Clock clock;

  public JdbcTicketRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void upsertAll(String connector, List<Ticket> tickets) {
    if (tickets.isEmpty()) {
      return;
    }
    jdbc.inTransaction(c -> {
      for (Ticket ticket : tickets) {
        // one writer per connector, so update-then-insert cannot race
        if (write(c, UPDATE_TICKET, connector, ticket) == 0) {
          write(c, INSERT_TICKET, connector, ticket);
        }
      }
      return null;
    });
  }

  private int write(Connection c, String sql, String connector, Ticket ticket)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, ticket.status().wireName());
      s.setString(2, ticket.priority() == null ? null : ticket.priority().wireName());
      s.setBoolean(3, ticket.deleted());
      s.setObject(4, Jdbc.time(ticket.createdAt()));
      s.setObject(5, Jdbc.time(ticket.updatedAt()));
      s.setInt(6, ticket.commentCount());
      s.setString(7, StoreJson.write(ticket));
      s.setObject(8, Jdbc.time(clock.instant()));
      s.setString(9, ticket.assignee() == null ? null : ticket.assignee().id());
      s.setString(10, connector);
      s.setString(11, ticket.id());
      return s.executeUpdate();
    }
  }

  @Override
  public Optional<Ticket> find(String connector, String ticketId) {
    return jdbc.query("SELECT data FROM tickets WHERE connector = ? AND ticket_id = ?", s -> {
      s.setString(1, connector);
      s.setString(2, ticketId);
    }, row -> StoreJson.read(row.getString(1), Ticket.class)).stream().findFirst();
  }

  @Override
  public java.util.Map<String, Ticket> findAll(String connector, List<String> ticketIds) {
    java.util.Map<String, Ticket> found = new java.util.HashMap<>();
    jdbc.queryEach("SELECT ticket_id, data FROM tickets WHERE connector = ? AND ticket_id = ?",
        ticketIds, (s, id) -> {
          s.setString(1, connector);
          s.setString(2, id);
        }, row -> found.put(row.getString(1), StoreJson.read(row.getString(2), Ticket.class)));
    return found;
  }

  @Override
  public void forEachOpen(String connector, java.util.function.Consumer<Ticket> each) {
    jdbc.inConnection(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT data FROM tickets WHERE connector = ?"
          + " AND deleted = FALSE AND status IN ('new', 'open', 'pending', 'on_hold')")) {
        s.setFetchSize(500);
        s.setString(1, connector);
        try (java.sql.ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            each.accept(StoreJson.read(rows.getString(1), Ticket.class));
          }
        }
      }
      return null;
    });
  }

  @Override
  public long count(String connector) {
    return jdbc.count("SELECT COUNT(*) FROM tickets WHERE connector = ?",
        s -> s.setString(1, connector));
  }

  @Override
  public void upsertSurveys(String connector, List<SurveyResponse> responses) {
    if (responses.isEmpty()) {
      return;
    }
    jdbc.inTransaction(c -> {
      try (PreparedStatement delete = c.prepareStatement(
              "DELETE FROM survey_responses WHERE connector = ? AND response_id = ?");
          PreparedStatement insert = c.prepareStatement("INSERT INTO survey_responses"
              + " (connector, response_id, ticket_id, agent_id, kind, score, scale, comment,"
              + " answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        java.util.Map<String, SurveyResponse> latest = new java.util.LinkedHashMap<>();
        responses.forEach(r -> latest.put(r.id(), r)); // an answer twice in a page: the last wins
        for (SurveyResponse r : latest.values()) {
          delete.setString(1, connector);
          delete.setString(2, r.id());
          delete.addBatch();
          insert.setString(1, connector);
          insert.setString(2, r.id());
          insert.setString(3, r.ticketId());
          insert.setString(4, r.agentId());
          insert.setString(5, r.kind().name().toLowerCase(java.util.Locale.ROOT));
          insert.setDouble(6, r.score());
          insert.setString(7, r.scale());
          insert.setString(8, r.comment());
          insert.setObject(9, Jdbc.time(r.at()));
          insert.addBatch();
        }
        delete.executeBatch();
        insert.executeBatch();
      }
      return null;
    });
  }

  @Override
  public long countSurveys(String connector) {
    return jdbc.count("SELECT COUNT(*) FROM survey_responses WHERE connector = ?",
        s -> s.setString(1, connector));
  }
}
