package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.plugin.application.KpiStore;
import io.shiftlead.plugin.core.kpi.GroupBy;
import io.shiftlead.plugin.core.kpi.KpiDay;
import io.shiftlead.plugin.core.kpi.KpiReports;
import io.shiftlead.plugin.core.kpi.KpiRollup;
import io.shiftlead.plugin.core.kpi.KpiPeriod;
import io.shiftlead.plugin.core.kpi.KpiReport;
import io.shiftlead.plugin.core.kpi.KpiValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import io.shiftlead.plugin.core.kpi.SurveyFact;
import io.shiftlead.plugin.core.kpi.TicketFact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * KPI facts in SQL (V6), and their daily rollup per slice value. Writing a fact marks the UTC days
 * it touched (before and after the change) dirty; a report first recomputes the dirty days from
 * their facts, then merges the rollup rows of the period ({@link KpiReports}), so a report reads
 * one row per day and slice value instead of every ticket.
 */
public final class JdbcKpiStore implements KpiStore {
  private static final String INSERT_TICKET = "INSERT INTO ticket_facts (connector, ticket_id,"
      + " created_minute, created_day, created_month, first_reply_minute, first_reply_day,"
      + " first_reply_month, first_reply_minutes, solved_minute, solved_day, solved_month,"
      + " resolution_minutes, handle_minutes, reopens, reopened, agent_replies, one_touch,"
      + " assignee, group_name, channel, priority, organization, status, deleted,"
      + " sla_first_reply, sla_resolution, qa_score, tags, updated_at) VALUES (?, ?, ?, ?, ?, ?,"
      + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String FACT_COLUMNS = "ticket_id, created_minute, first_reply_minute,"
      + " first_reply_minutes, solved_minute, resolution_minutes, handle_minutes, reopens,"
      + " agent_replies, one_touch, assignee, group_name, channel, priority, organization, status,"
      + " deleted, sla_first_reply, sla_resolution, qa_score, tags";
  private static final String INSERT_SURVEY = "INSERT INTO survey_facts (connector, response_id,"
      + " ticket_id, agent_id, kind, answered_minute, answered_day, answered_month, satisfied,"
      + " nps_class, ces_score, negative, followed_up_minute, followed_up_minutes, comment)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Jdbc jdbc;
  private final Clock clock;

  public JdbcKpiStore(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void upsertTicketFacts(List<TicketFact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    Set<Long> dirty = new HashSet<>();
    jdbc.inTransaction(c -> {
      try (PreparedStatement old = c.prepareStatement("SELECT created_day, first_reply_day,"
              + " solved_day FROM ticket_facts WHERE connector = ? AND ticket_id = ?");
          PreparedStatement surveys = c.prepareStatement("SELECT answered_day FROM survey_facts"
              + " WHERE connector = ? AND ticket_id = ?");
          PreparedStatement delete = c.prepareStatement(
              "DELETE FROM ticket_facts WHERE connector = ? AND ticket_id = ?");
          PreparedStatement insert = c.prepareStatement(INSERT_TICKET)) {
        for (TicketFact f : facts) {
          // the days the old version counted in, and the days of its surveys (sliced by it)
          collectDays(old, f.connector(), f.ticketId(), dirty);
          collectDays(surveys, f.connector(), f.ticketId(), dirty);
          dirty.add(KpiReports.day(f.createdAt()));
          if (f.firstReplyAt() != null) {
            dirty.add(KpiReports.day(f.firstReplyAt()));
          }
          if (f.solvedAt() != null) {
            dirty.add(KpiReports.day(f.solvedAt()));
          }
          delete.setString(1, f.connector());
          delete.setString(2, f.ticketId());
          delete.addBatch();
          bindTicket(insert, f);
          insert.addBatch();
        }
        delete.executeBatch();
        insert.executeBatch();
      }
      return null;
    });
    markDirty(facts.get(0).connector(), dirty);
  }

  private static void collectDays(PreparedStatement query, String connector, String id,
      Set<Long> days) throws SQLException {
    query.setString(1, connector);
    query.setString(2, id);
    try (ResultSet r = query.executeQuery()) {
      while (r.next()) {
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          long day = r.getLong(i);
          if (!r.wasNull()) {
            days.add(day);
          }
        }
      }
    }
  }

  /** Marks days dirty, each in its own statement: a concurrent mark of the same day is fine. */
  private void markDirty(String connector, Collection<Long> days) {
    for (long day : days) {
      try {
        insertDirty(connector, day);
      } catch (StoreException e) {
        if (!(e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql))) {
          throw e;
        }
      }
    }
  }

  private void insertDirty(String connector, long day) {
    {
      jdbc.update("INSERT INTO kpi_dirty_days (connector, epoch_day) SELECT ?, ? FROM"
          + " kpi_dirty_days WHERE connector = ? AND epoch_day = ? HAVING COUNT(*) = 0", s -> {
            s.setString(1, connector);
            s.setInt(2, (int) day);
            s.setString(3, connector);
            s.setInt(4, (int) day);
          });
    }
  }

  private void bindTicket(PreparedStatement s, TicketFact f) throws SQLException {
    int i = 1;
    s.setString(i++, f.connector());
    s.setString(i++, f.ticketId());
    i = bindInstant(s, i, f.createdAt());
    i = bindInstant(s, i, f.firstReplyAt());
    setLong(s, i++, f.firstReplyMinutes());
    i = bindInstant(s, i, f.solvedAt());
    setLong(s, i++, f.resolutionMinutes());
    setLong(s, i++, f.handleMinutes());
    s.setInt(i++, f.reopens());
    s.setInt(i++, f.reopens() > 0 ? 1 : 0);
    s.setInt(i++, f.agentReplies());
    s.setInt(i++, f.oneTouch() ? 1 : 0);
    s.setString(i++, f.assignee());
    s.setString(i++, f.group());
    s.setString(i++, f.channel());
    s.setString(i++, f.priority());
    s.setString(i++, f.organization());
    s.setString(i++, f.status());
    s.setBoolean(i++, f.deleted());
    setFlag(s, i++, f.slaFirstReplyMet());
    setFlag(s, i++, f.slaResolutionMet());
    if (f.qaScore() == null) {
      s.setNull(i++, Types.DOUBLE);
    } else {
      s.setDouble(i++, f.qaScore());
    }
    s.setString(i++, f.tags().isEmpty() ? null : String.join("\n", f.tags()));
    s.setObject(i, Jdbc.time(clock.instant()));
  }

  /** Binds minute, day and month of an instant (three nulls for none); returns the next index. */
  private static int bindInstant(PreparedStatement s, int i, Instant at) throws SQLException {
    if (at == null) {
      s.setNull(i, Types.BIGINT);
      s.setNull(i + 1, Types.INTEGER);
      s.setNull(i + 2, Types.INTEGER);
    } else {
      LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
      s.setLong(i, Math.floorDiv(at.getEpochSecond(), 60));
      s.setInt(i + 1, (int) day.toEpochDay());
      s.setInt(i + 2, day.getYear() * 100 + day.getMonthValue());
    }
    return i + 3;
  }

  private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, value);
    }
  }

  private static void setFlag(PreparedStatement s, int i, Boolean value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.INTEGER);
    } else {
      s.setInt(i, value ? 1 : 0);
    }
  }

  @Override
  public void upsertSurveyFacts(List<SurveyFact> answers) {
    if (answers.isEmpty()) {
      return;
    }
    // an answer twice in one call (a CSV with a repeated row): the last wins, as stored one by one
    java.util.Map<String, SurveyFact> latest = new java.util.LinkedHashMap<>();
    answers.forEach(f -> latest.put(f.connector() + "\u0000" + f.responseId(), f));
    List<SurveyFact> facts = List.copyOf(latest.values());
    Set<Long> dirty = new HashSet<>();
    jdbc.inTransaction(c -> {
      try (PreparedStatement old = c.prepareStatement("SELECT answered_day FROM survey_facts"
              + " WHERE connector = ? AND response_id = ?");
          PreparedStatement delete = c.prepareStatement(
              "DELETE FROM survey_facts WHERE connector = ? AND response_id = ?");
          PreparedStatement insert = c.prepareStatement(INSERT_SURVEY)) {
        for (SurveyFact f : facts) {
          collectDays(old, f.connector(), f.responseId(), dirty);
          dirty.add(KpiReports.day(f.answeredAt()));
          delete.setString(1, f.connector());
          delete.setString(2, f.responseId());
          delete.addBatch();
          int i = 1;
          insert.setString(i++, f.connector());
          insert.setString(i++, f.responseId());
          insert.setString(i++, f.ticketId());
          insert.setString(i++, f.agentId());
          insert.setString(i++, f.kind().name().toLowerCase(Locale.ROOT));
          i = bindInstant(insert, i, f.answeredAt());
          setFlag(insert, i++, f.satisfied());
          if (f.npsClass() == null) {
            insert.setNull(i++, Types.INTEGER);
          } else {
            insert.setInt(i++, switch (f.npsClass()) {
              case PROMOTER -> 1;
              case PASSIVE -> 0;
              case DETRACTOR -> -1;
            });
          }
          if (f.cesScore() == null) {
            insert.setNull(i++, Types.DOUBLE);
          } else {
            insert.setDouble(i++, f.cesScore());
          }
          insert.setInt(i++, f.negative() ? 1 : 0);
          setLong(insert, i++, f.followedUpAt() == null ? null
              : Math.floorDiv(f.followedUpAt().getEpochSecond(), 60));
          setLong(insert, i++, f.followUpMinutes());
          insert.setString(i, f.comment());
          insert.addBatch();
        }
        delete.executeBatch();
        insert.executeBatch();
      }
      return null;
    });
    markDirty(facts.get(0).connector(), dirty);
  }

  @Override
  public java.util.Map<String, List<Unfollowed>> unfollowedNegatives(String connector,
      List<String> ticketIds) {
    java.util.Map<String, List<Unfollowed>> found = new java.util.HashMap<>();
    jdbc.queryEach("SELECT ticket_id, response_id, answered_minute FROM survey_facts WHERE"
        + " connector = ? AND ticket_id = ? AND negative = 1 AND followed_up_minute IS NULL",
        ticketIds, (s, id) -> {
          s.setString(1, connector);
          s.setString(2, id);
        }, row -> found.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
            .add(new Unfollowed(row.getString(2), Instant.ofEpochSecond(row.getLong(3) * 60))));
    return found;
  }

  @Override
  public void markFollowedUp(String connector, String responseId, Instant at, long minutes) {
    markDirty(connector, jdbc.query("SELECT answered_day FROM survey_facts WHERE connector = ?"
        + " AND response_id = ?", s -> {
          s.setString(1, connector);
          s.setString(2, responseId);
        }, row -> row.getLong(1)));
    jdbc.update("UPDATE survey_facts SET followed_up_minute = ?, followed_up_minutes = ? WHERE"
        + " connector = ? AND response_id = ?", s -> {
          s.setLong(1, Math.floorDiv(at.getEpochSecond(), 60));
          s.setLong(2, minutes);
          s.setString(3, connector);
          s.setString(4, responseId);
        });
  }

  @Override
  public List<SurveyFact> negativeSurveys(String connector, KpiPeriod period, int limit) {
    return jdbc.query("SELECT s.response_id, s.ticket_id, s.agent_id, s.kind,"
        + " s.answered_minute, s.satisfied, s.nps_class, s.ces_score, s.followed_up_minute,"
        + " s.followed_up_minutes, s.comment FROM survey_facts s LEFT JOIN ticket_facts f"
        + " ON f.connector = s.connector AND f.ticket_id = s.ticket_id WHERE s.connector = ?"
        + " AND s.answered_day >= ? AND s.answered_day < ? AND s.negative = 1"
        + " AND (f.deleted IS NULL OR f.deleted = FALSE)"
        + " ORDER BY s.answered_minute DESC, s.response_id", s -> {
          s.setString(1, connector);
          s.setLong(2, KpiReports.day(period.from()));
          s.setLong(3, KpiReports.day(period.to()));
          s.setMaxRows(limit);
        }, row -> {
          Integer nps = (Integer) row.getObject(7, Integer.class);
          Object followed = row.getObject(9);
          return new SurveyFact(connector, row.getString(1), row.getString(2), row.getString(3),
              SurveyKind.valueOf(row.getString(4).toUpperCase(Locale.ROOT)),
              Instant.ofEpochSecond(row.getLong(5) * 60),
              row.getObject(6) == null ? null : row.getInt(6) == 1,
              nps == null ? null : nps == 1 ? SurveyFact.NpsClass.PROMOTER
                  : nps == 0 ? SurveyFact.NpsClass.PASSIVE : SurveyFact.NpsClass.DETRACTOR,
              row.getObject(8) == null ? null : row.getDouble(8), true,
              followed == null ? null : Instant.ofEpochSecond(row.getLong(9) * 60),
              row.getObject(10) == null ? null : row.getLong(10), row.getString(11));
        });
  }

  @Override
  public KpiReport report(String connector, KpiPeriod period, GroupBy groupBy, Instant now) {
    refresh(connector);
    List<Map.Entry<KpiRollup.Key, KpiDay>> rows = jdbc.query("SELECT epoch_day, dimension,"
        + " dim_value, sums FROM kpi_daily WHERE connector = ? AND dimension IN ('all', ?)"
        + " AND epoch_day < ?", s -> {
          s.setString(1, connector);
          s.setString(2, KpiRollup.dimension(groupBy));
          s.setLong(3, KpiReports.day(period.to()));
        }, row -> Map.entry(new KpiRollup.Key(row.getLong(1), row.getString(2),
            row.getString(3)), KpiDay.decode(row.getString(4))));
    return KpiReports.report(connector, period, groupBy, rows, now);
  }

  /** The slices of one period (a report without the comparison). */
  public Map<String, KpiValues> slices(String connector, KpiPeriod period, GroupBy groupBy,
      Instant now) {
    return report(connector, period, groupBy, now).slices();
  }

  /**
   * Recomputes the rollup rows of every dirty day of the connector from its facts. The mark is
   * removed before reading, so a fact written meanwhile marks the day again.
   *
   * @return the number of days recomputed
   */
  public synchronized int refresh(String connector) {
    List<Long> days = jdbc.query("SELECT epoch_day FROM kpi_dirty_days WHERE connector = ?"
        + " ORDER BY epoch_day",
        s -> s.setString(1, connector), row -> row.getLong(1));
    for (long day : days) {
      jdbc.update("DELETE FROM kpi_dirty_days WHERE connector = ? AND epoch_day = ?", s -> {
        s.setString(1, connector);
        s.setLong(2, day);
      });
      recompute(connector, day);
    }
    return days.size();
  }

  private void recompute(String connector, long day) {
    String byDay = "SELECT " + FACT_COLUMNS + " FROM ticket_facts WHERE connector = ? AND ";
    String qualified = "f." + FACT_COLUMNS.replace(", ", ", f.");
    // each branch reads one index; the last one the tickets of the day's survey answers
    List<TicketFact> tickets = jdbc.query(byDay + "created_day = ? UNION " + byDay
        + "first_reply_day = ? UNION " + byDay + "solved_day = ? UNION SELECT " + qualified
        + " FROM survey_facts s JOIN ticket_facts f ON f.connector = s.connector AND f.ticket_id"
        + " = s.ticket_id WHERE s.connector = ? AND f.connector = ? AND s.answered_day = ?", s -> {
          for (int i = 0; i < 3; i++) {
            s.setString(2 * i + 1, connector);
            s.setLong(2 * i + 2, day);
          }
          s.setString(7, connector);
          s.setString(8, connector);
          s.setLong(9, day);
        }, row -> ticket(connector, row));
    List<SurveyFact> surveys = jdbc.query("SELECT response_id, ticket_id, agent_id, kind,"
        + " answered_minute, satisfied, nps_class, ces_score, negative, followed_up_minute,"
        + " followed_up_minutes FROM survey_facts WHERE connector = ? AND answered_day = ?", s -> {
          s.setString(1, connector);
          s.setLong(2, day);
        }, row -> survey(connector, row));
    Map<String, TicketFact> byId = new HashMap<>();
    tickets.forEach(t -> byId.put(t.ticketId(), t));
    Map<KpiRollup.Key, KpiDay> rows = KpiRollup.of(tickets, surveys, byId, d -> d == day);
    jdbc.inTransaction(c -> {
      try (PreparedStatement delete = c.prepareStatement(
              "DELETE FROM kpi_daily WHERE connector = ? AND epoch_day = ?");
          PreparedStatement insert = c.prepareStatement("INSERT INTO kpi_daily (connector,"
              + " dimension, epoch_day, dim_value, sums) VALUES (?, ?, ?, ?, ?)")) {
        delete.setString(1, connector);
        delete.setLong(2, day);
        delete.executeUpdate();
        for (Map.Entry<KpiRollup.Key, KpiDay> row : rows.entrySet()) {
          insert.setString(1, connector);
          insert.setString(2, row.getKey().dimension());
          insert.setLong(3, day);
          insert.setString(4, row.getKey().value());
          insert.setString(5, row.getValue().encode());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  private static TicketFact ticket(String connector, ResultSet r) throws SQLException {
    String tags = r.getString("tags");
    return new TicketFact(connector, r.getString("ticket_id"),
        minuteInstant(r, "created_minute"), minuteInstant(r, "first_reply_minute"),
        longOrNull(r, "first_reply_minutes"), minuteInstant(r, "solved_minute"),
        longOrNull(r, "resolution_minutes"), longOrNull(r, "handle_minutes"), r.getInt("reopens"),
        r.getInt("agent_replies"), r.getInt("one_touch") == 1, r.getString("assignee"),
        r.getString("group_name"), r.getString("channel"), r.getString("priority"),
        r.getString("organization"), r.getString("status"), r.getBoolean("deleted"),
        tags == null ? List.of() : List.of(tags.split("\n")), flag(r, "sla_first_reply"),
        flag(r, "sla_resolution"), doubleOrNull(r, "qa_score"));
  }

  private static SurveyFact survey(String connector, ResultSet r) throws SQLException {
    Long nps = longOrNull(r, "nps_class");
    return new SurveyFact(connector, r.getString("response_id"), r.getString("ticket_id"),
        r.getString("agent_id"), SurveyKind.valueOf(r.getString("kind").toUpperCase(Locale.ROOT)),
        minuteInstant(r, "answered_minute"), flag(r, "satisfied"),
        nps == null ? null : nps == 1 ? SurveyFact.NpsClass.PROMOTER
            : nps == 0 ? SurveyFact.NpsClass.PASSIVE : SurveyFact.NpsClass.DETRACTOR,
        doubleOrNull(r, "ces_score"), r.getInt("negative") == 1,
        minuteInstant(r, "followed_up_minute"), longOrNull(r, "followed_up_minutes"), null);
  }

  private static Instant minuteInstant(ResultSet r, String column) throws SQLException {
    Long minute = longOrNull(r, column);
    return minute == null ? null : Instant.ofEpochSecond(minute * 60);
  }

  private static Long longOrNull(ResultSet r, String column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  private static Double doubleOrNull(ResultSet r, String column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }

  private static Boolean flag(ResultSet r, String column) throws SQLException {
    Long v = longOrNull(r, column);
    return v == null ? null : v == 1;
  }
}
