package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.plugin.application.qa.Dispute;
import io.shiftlead.plugin.application.qa.DisputeRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Agents' disputes of QA scores in SQL. */
public final class JdbcDisputeRepository implements DisputeRepository {
  private static final String COLUMNS = "id, connector, ticket_id, agent_id, criterion_id,"
      + " reason, status, resolver, resolution, created_at, resolved_at";

  private final Jdbc jdbc;

  public JdbcDisputeRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long open(Dispute d) {
    return jdbc.inConnection(c -> {
      try (PreparedStatement st = c.prepareStatement("INSERT INTO qa_disputes (connector,"
          + " ticket_id, agent_id, criterion_id, reason, status, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
        st.setString(1, d.connector());
        st.setString(2, d.ticketId());
        st.setString(3, d.agent());
        st.setString(4, d.criterionId());
        st.setString(5, d.reason());
        st.setString(6, Dispute.Status.OPEN.wireName());
        st.setObject(7, Jdbc.time(d.createdAt()));
        st.executeUpdate();
        try (ResultSet keys = st.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }

  @Override
  public Optional<Dispute> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM qa_disputes WHERE id = ?",
        st -> st.setLong(1, id), JdbcDisputeRepository::dispute).stream().findFirst();
  }

  @Override
  public boolean resolve(long id, Dispute.Status status, String resolver, String resolution,
      Instant at) {
    return jdbc.update("UPDATE qa_disputes SET status = ?, resolver = ?, resolution = ?,"
        + " resolved_at = ? WHERE id = ? AND status = ?", st -> {
          st.setString(1, status.wireName());
          st.setString(2, resolver);
          st.setString(3, resolution);
          st.setObject(4, Jdbc.time(at));
          st.setLong(5, id);
          st.setString(6, Dispute.Status.OPEN.wireName());
        }) == 1;
  }

  @Override
  public List<Dispute> forTicket(String connector, String ticketId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM qa_disputes WHERE connector = ? AND"
        + " ticket_id = ? ORDER BY id", st -> {
          st.setString(1, connector);
          st.setString(2, ticketId);
        }, JdbcDisputeRepository::dispute);
  }

  private static Dispute dispute(ResultSet row) throws SQLException {
    return new Dispute(row.getLong("id"), row.getString("connector"), row.getString("ticket_id"),
        row.getString("agent_id"), row.getString("criterion_id"), row.getString("reason"),
        Dispute.Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
        row.getString("resolver"), row.getString("resolution"), Jdbc.instant(row, "created_at"),
        Jdbc.instant(row, "resolved_at"));
  }
}
