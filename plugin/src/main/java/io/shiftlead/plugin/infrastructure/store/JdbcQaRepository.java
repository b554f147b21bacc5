package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.plugin.application.qa.QaRepository;
import io.shiftlead.plugin.application.qa.QaSnapshot;
import io.shiftlead.plugin.application.qa.StoredReview;
import io.shiftlead.plugin.core.qa.Outcome;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** QA results (latest per ticket, details as JSON) and reviews in SQL. */
public final class JdbcQaRepository implements QaRepository {
  private static final String COLUMNS = "connector, ticket_id, agent_id, scorecard, score,"
      + " raw_score, auto_fail, passed, data, scored_at";
  private static final String REVIEW_COLUMNS = "id, connector, ticket_id, criterion_id, outcome,"
      + " rating, reviewer, comment, reviewed_at";

  /** What the {@code data} column holds. */
  record Details(Map<String, Double> categories, List<QaSnapshot.CriterionSnapshot> criteria) {}

  private final Jdbc jdbc;

  public JdbcQaRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean saveIfChanged(QaSnapshot s) {
    return jdbc.inTransaction(c -> {
      Optional<QaSnapshot> current = find(c.prepareStatement("SELECT " + COLUMNS
          + " FROM qa_results WHERE connector = ? AND ticket_id = ?"), s.connector(),
          s.ticketId());
      if (current.isPresent() && current.get().sameResultAs(s)) {
        return false;
      }
      String sql = current.isPresent()
          ? "UPDATE qa_results SET agent_id = ?, scorecard = ?, score = ?, raw_score = ?,"
              + " auto_fail = ?, passed = ?, data = ?, scored_at = ? WHERE connector = ?"
              + " AND ticket_id = ?"
          : "INSERT INTO qa_results (agent_id, scorecard, score, raw_score, auto_fail, passed,"
              + " data, scored_at, connector, ticket_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
      try (PreparedStatement st = c.prepareStatement(sql)) {
        st.setString(1, s.agent());
        st.setString(2, s.scorecardId());
        setDouble(st, 3, s.score());
        setDouble(st, 4, s.rawScore());
        st.setBoolean(5, s.autoFail());
        st.setBoolean(6, s.passed());
        st.setString(7, StoreJson.write(new Details(s.categories(), s.criteria())));
        st.setObject(8, Jdbc.time(s.scoredAt()));
        st.setString(9, s.connector());
        st.setString(10, s.ticketId());
        st.executeUpdate();
      }
      return true;
    });
  }

  @Override
  public Optional<QaSnapshot> find(String connector, String ticketId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM qa_results WHERE connector = ? AND"
        + " ticket_id = ?", st -> {
          st.setString(1, connector);
          st.setString(2, ticketId);
        }, JdbcQaRepository::snapshot).stream().findFirst();
  }

  /** The latest scores of these tickets, by ticket id; unscored tickets are absent. */
  public java.util.Map<String, Double> scores(String connector, List<String> ticketIds) {
    java.util.Map<String, Double> scores = new java.util.HashMap<>();
    jdbc.queryEach("SELECT ticket_id, score FROM qa_results WHERE connector = ? AND ticket_id = ?"
        + " AND score IS NOT NULL", ticketIds, (st, id) -> {
          st.setString(1, connector);
          st.setString(2, id);
        }, row -> scores.put(row.getString(1), row.getDouble(2)));
    return scores;
  }

  private static Optional<QaSnapshot> find(PreparedStatement st, String connector,
      String ticketId) throws SQLException {
    try (st) {
      st.setString(1, connector);
      st.setString(2, ticketId);
      try (ResultSet row = st.executeQuery()) {
        return row.next() ? Optional.of(snapshot(row)) : Optional.empty();
      }
    }
  }

  @Override
  public List<QaSnapshot> scored(String connector, Instant from, Instant to, String agent) {
    return jdbc.query("SELECT " + COLUMNS + " FROM qa_results WHERE connector = ?"
        + " AND scored_at >= ? AND scored_at < ?" + (agent == null ? "" : " AND agent_id = ?")
        + " ORDER BY scored_at, ticket_id", st -> {
          st.setString(1, connector);
          st.setObject(2, Jdbc.time(from));
          st.setObject(3, Jdbc.time(to));
          if (agent != null) {
            st.setString(4, agent);
          }
        }, JdbcQaRepository::snapshot);
  }

  @Override
  public long addReview(StoredReview r) {
    return jdbc.inConnection(c -> {
      try (PreparedStatement st = c.prepareStatement("INSERT INTO qa_reviews (connector,"
          + " ticket_id, criterion_id, outcome, rating, reviewer, comment, reviewed_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
        st.setString(1, r.connector());
        st.setString(2, r.ticketId());
        st.setString(3, r.criterionId());
        st.setString(4, r.outcome().wireName());
        if (r.rating() == null) {
          st.setNull(5, Types.INTEGER);
        } else {
          st.setInt(5, r.rating());
        }
        st.setString(6, r.reviewer());
        st.setString(7, r.comment());
        st.setObject(8, Jdbc.time(r.reviewedAt()));
        st.executeUpdate();
        try (ResultSet keys = st.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }

  @Override
  public List<StoredReview> reviews(String connector, String ticketId) {
    return jdbc.query("SELECT " + REVIEW_COLUMNS + " FROM qa_reviews WHERE connector = ? AND"
        + " ticket_id = ? ORDER BY id", st -> {
          st.setString(1, connector);
          st.setString(2, ticketId);
        }, JdbcQaRepository::review);
  }

  @Override
  public List<StoredReview> reviews(String connector) {
    return jdbc.query("SELECT " + REVIEW_COLUMNS + " FROM qa_reviews WHERE connector = ?"
        + " ORDER BY id", st -> st.setString(1, connector), JdbcQaRepository::review);
  }

  private static QaSnapshot snapshot(ResultSet row) throws SQLException {
    Details details = StoreJson.read(row.getString("data"), Details.class);
    return new QaSnapshot(row.getString("connector"), row.getString("ticket_id"),
        row.getString("agent_id"), row.getString("scorecard"), getDouble(row, "score"),
        getDouble(row, "raw_score"), row.getBoolean("auto_fail"), row.getBoolean("passed"),
        details.categories(), details.criteria(), Jdbc.instant(row, "scored_at"));
  }

  private static StoredReview review(ResultSet row) throws SQLException {
    int value = row.getInt("rating");
    Integer rating = row.wasNull() ? null : value;
    return new StoredReview(row.getLong("id"), row.getString("connector"),
        row.getString("ticket_id"), row.getString("criterion_id"),
        Outcome.fromWire(row.getString("outcome")), rating,
        row.getString("reviewer"), row.getString("comment"), Jdbc.instant(row, "reviewed_at"));
  }

  private static void setDouble(PreparedStatement st, int index, Double value)
      throws SQLException {
    if (value == null) {
      st.setNull(index, Types.DOUBLE);
    } else {
      st.setDouble(index, value);
    }
  }

  private static Double getDouble(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }
}
