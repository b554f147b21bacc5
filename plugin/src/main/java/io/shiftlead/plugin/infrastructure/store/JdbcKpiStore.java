package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.plugin.application.KpiStore;
import io.shiftlead.plugin.core.kpi.GroupBy;
import io.shiftlead.plugin.core.kpi.KpiAggregate;
import io.shiftlead.plugin.core.kpi.KpiPeriod;
import io.shiftlead.plugin.core.kpi.KpiReport;
import io.shiftlead.plugin.core.kpi.KpiValues;
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
import java.util.function.BiConsumer;

/**
 * KPI facts in SQL (V6). Reports are five grouped queries per period, each over one indexed
 * instant column (created, first reply, solved, backlog, answered), with exact percentiles
 * (PERCENTILE_CONT, on H2 and PostgreSQL alike); the formulas are {@link KpiAggregate}'s.
 */
public final class JdbcKpiStore implements KpiStore {
  private static final String INSERT_TICKET = "INSERT INTO ticket_facts (connector, ticket_id,"
      + " created_minute, created_day, created_month, first_reply_minute, first_reply_day,"
      + " first_reply_month, first_reply_minutes, solved_minute, solved_day, solved_month,"
      + " resolution_minutes, handle_minutes, reopens, reopened, agent_replies, one_touch,"
      + " assignee, group_name, channel, priority, organization, status, deleted,"
      + " sla_first_reply, sla_resolution, qa_score, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
      + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_SURVEY = "INSERT INTO survey_facts (connector, response_id,"
      + " ticket_id, agent_id, kind, answered_minute, answered_day, answered_month, satisfied,"
      + " nps_class, ces_score, negative, followed_up_minute, followed_up_minutes, comment)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String TAG_JOIN = " LEFT JOIN ticket_fact_tags t ON t.connector ="
      + " f.connector AND t.ticket_id = f.ticket_id";

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
    jdbc.inTransaction(c -> {
      try (PreparedStatement delete = c.prepareStatement(
              "DELETE FROM ticket_facts WHERE connector = ? AND ticket_id = ?");
          PreparedStatement deleteTags = c.prepareStatement(
              "DELETE FROM ticket_fact_tags WHERE connector = ? AND ticket_id = ?");
          PreparedStatement insert = c.prepareStatement(INSERT_TICKET);
          PreparedStatement insertTag = c.prepareStatement(
              "INSERT INTO ticket_fact_tags (connector, ticket_id, tag) VALUES (?, ?, ?)")) {
        for (TicketFact f : facts) {
          for (PreparedStatement d : List.of(delete, deleteTags)) {
            d.setString(1, f.connector());
            d.setString(2, f.ticketId());
            d.addBatch();
          }
          bindTicket(insert, f);
          insert.addBatch();
          for (String tag : f.tags().stream().distinct().toList()) {
            insertTag.setString(1, f.connector());
            insertTag.setString(2, f.ticketId());
            insertTag.setString(3, tag);
            insertTag.addBatch();
          }
        }
        delete.executeBatch();
        deleteTags.executeBatch();
        insert.executeBatch();
        insertTag.executeBatch();
      }
      return null;
    });
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
  public void upsertSurveyFacts(List<SurveyFact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    jdbc.inTransaction(c -> {
      try (PreparedStatement delete = c.prepareStatement(
              "DELETE FROM survey_facts WHERE connector = ? AND response_id = ?");
          PreparedStatement insert = c.prepareStatement(INSERT_SURVEY)) {
        for (SurveyFact f : facts) {
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
  }

  @Override
  public List<Unfollowed> unfollowedNegatives(String connector, String ticketId) {
    return jdbc.query("SELECT response_id, answered_minute FROM survey_facts WHERE connector = ?"
        + " AND ticket_id = ? AND negative = 1 AND followed_up_minute IS NULL", s -> {
          s.setString(1, connector);
          s.setString(2, ticketId);
        }, row -> new Unfollowed(row.getString(1),
            Instant.ofEpochSecond(row.getLong(2) * 60)));
  }

  @Override
  public void markFollowedUp(String connector, String responseId, Instant at, long minutes) {
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
        + " AND s.answered_minute >= ? AND s.answered_minute < ? AND s.negative = 1"
        + " AND (f.deleted IS NULL OR f.deleted = FALSE)"
        + " ORDER BY s.answered_minute DESC, s.response_id", s -> {
          s.setString(1, connector);
          s.setLong(2, minute(period.from()));
          s.setLong(3, minute(period.to()));
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
    KpiPeriod previous = period.previous();
    return new KpiReport(connector, period, groupBy,
        total(connector, period, groupBy, now), slices(connector, period, groupBy, now),
        total(connector, previous, groupBy, now), slices(connector, previous, groupBy, now));
  }

  private KpiValues total(String connector, KpiPeriod period, GroupBy groupBy, Instant now) {
    return slices(connector, period, GroupBy.NONE, now).get("all");
  }

  /** The slices of one period; with {@link GroupBy#NONE} the one slice "all", always present. */
  public Map<String, KpiValues> slices(String connector, KpiPeriod period, GroupBy groupBy,
      Instant now) {
    long from = minute(period.from());
    long to = minute(period.to());
    Map<String, KpiAggregate> aggs = new HashMap<>();
    String tagJoin = groupBy == GroupBy.TAG ? TAG_JOIN : "";
    grouped(connector, groupBy, "created", "COUNT(*)", "FROM ticket_facts f" + tagJoin
        + " WHERE f.connector = ? AND f.created_minute >= ? AND f.created_minute < ?"
        + " AND f.deleted = FALSE", from, to, aggs, (a, r) -> a.created += r.getLong(2));
    grouped(connector, groupBy, "first_reply", "COUNT(*),"
        + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY f.first_reply_minutes),"
        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY f.first_reply_minutes)",
        "FROM ticket_facts f" + tagJoin + " WHERE f.connector = ? AND f.first_reply_minute >= ?"
        + " AND f.first_reply_minute < ? AND f.deleted = FALSE", from, to, aggs, (a, r) -> {
          a.firstReplies += r.getLong(2);
          a.firstReplyMedian = number(r, 3);
          a.firstReplyP90 = number(r, 4);
        });
    grouped(connector, groupBy, "solved", "COUNT(*),"
        + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY f.resolution_minutes),"
        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY f.resolution_minutes),"
        + " SUM(f.resolution_minutes), COUNT(f.handle_minutes), SUM(f.handle_minutes),"
        + " SUM(f.one_touch), SUM(f.reopened), SUM(f.sla_first_reply), COUNT(f.sla_first_reply),"
        + " SUM(f.sla_resolution), COUNT(f.sla_resolution), COUNT(f.qa_score), SUM(f.qa_score)",
        "FROM ticket_facts f" + tagJoin + " WHERE f.connector = ? AND f.solved_minute >= ?"
        + " AND f.solved_minute < ? AND f.deleted = FALSE", from, to, aggs, (a, r) -> {
          a.solved += r.getLong(2);
          a.resolutionMedian = number(r, 3);
          a.resolutionP90 = number(r, 4);
          a.resolutionSum += r.getDouble(5);
          a.handleCount += r.getLong(6);
          a.handleSum += r.getDouble(7);
          a.oneTouch += r.getLong(8);
          a.reopened += r.getLong(9);
          a.slaFirstReplyAchieved += r.getLong(10);
          a.slaFirstReplyFinished += r.getLong(11);
          a.slaResolutionAchieved += r.getLong(12);
          a.slaResolutionFinished += r.getLong(13);
          a.qaCount += r.getLong(14);
          a.qaSum += r.getDouble(15);
        });
    // open at the period's end: created before it, not solved before it (never, or later)
    grouped(connector, groupBy, "created", "COUNT(*), SUM(f.created_minute),"
        + " MIN(f.created_minute)", "FROM ticket_facts f" + tagJoin + " WHERE f.connector = ?"
        + " AND f.created_minute >= ? AND f.created_minute < ? AND f.deleted = FALSE"
        + " AND (f.solved_minute IS NULL OR f.solved_minute >= " + to + ")", Long.MIN_VALUE / 2,
        to, aggs, (a, r) -> {
          a.backlog += r.getLong(2);
          a.backlogCreatedMinuteSum += r.getDouble(3);
          long oldest = r.getLong(4);
          a.backlogOldestCreatedMinute = a.backlogOldestCreatedMinute == null ? oldest
              : Math.min(oldest, a.backlogOldestCreatedMinute);
        });
    grouped(connector, groupBy, "answered", "COUNT(*),"
        + " SUM(CASE WHEN s.kind = 'csat' THEN 1 ELSE 0 END), SUM(s.satisfied),"
        + " SUM(CASE WHEN s.kind = 'nps' THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN s.nps_class = 1 THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN s.nps_class = -1 THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN s.kind = 'ces' THEN 1 ELSE 0 END), SUM(s.ces_score), SUM(s.negative),"
        + " SUM(CASE WHEN s.negative = 1 AND s.followed_up_minutes IS NOT NULL THEN 1 ELSE 0"
        + " END), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CASE WHEN s.negative = 1 THEN"
        + " s.followed_up_minutes END)",
        "FROM survey_facts s LEFT JOIN ticket_facts f ON f.connector = s.connector AND"
        + " f.ticket_id = s.ticket_id" + tagJoin + " WHERE s.connector = ? AND"
        + " s.answered_minute >= ? AND s.answered_minute < ? AND (f.deleted IS NULL OR"
        + " f.deleted = FALSE)", from, to, aggs, (a, r) -> {
          a.csatResponses += r.getLong(3);
          a.csatSatisfied += r.getLong(4);
          a.npsResponses += r.getLong(5);
          a.promoters += r.getLong(6);
          a.detractors += r.getLong(7);
          a.cesResponses += r.getLong(8);
          a.cesSum += r.getDouble(9);
          a.negative += r.getLong(10);
          a.followedUp += r.getLong(11);
          a.followUpMedian = number(r, 12);
        });
    if (groupBy == GroupBy.NONE) {
      aggs.computeIfAbsent("all", k -> new KpiAggregate());
    }
    Map<String, KpiValues> out = new TreeMap<>();
    Instant asOf = period.asOf(now);
    aggs.forEach((k, a) -> out.put(k, a.values(period.days(), asOf)));
    return out;
  }

  private interface RowSink {
    void add(KpiAggregate aggregate, ResultSet row) throws SQLException;
  }

  /**
   * Runs {@code SELECT key, <aggregates> <from-where> GROUP BY key} and adds each row to its
   * slice. {@code instant} names the time column family the slice key is taken from.
   */
  private void grouped(String connector, GroupBy groupBy, String instant, String aggregates,
      String fromWhere, long from, long to, Map<String, KpiAggregate> aggs, RowSink sink) {
    String key = keyExpression(groupBy, instant);
    String sql = "SELECT " + key + ", " + aggregates + " " + fromWhere
        + (groupBy == GroupBy.NONE ? "" : " GROUP BY " + key);
    jdbc.inConnection(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, connector);
        s.setLong(2, from);
        s.setLong(3, to);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (r.getLong(2) == 0) {
              continue;
            }
            sink.add(aggs.computeIfAbsent(keyValue(groupBy, r.getObject(1)),
                k -> new KpiAggregate()), r);
          }
        }
      }
      return null;
    });
  }

  private static String keyExpression(GroupBy groupBy, String instant) {
    String table = instant.equals("answered") ? "s" : "f";
    String day = table + "." + instant + "_day";
    return switch (groupBy) {
      case NONE -> "'all'";
      case AGENT -> instant.equals("answered") ? "COALESCE(s.agent_id, f.assignee)" : "f.assignee";
      case GROUP -> "f.group_name";
      case CHANNEL -> "f.channel";
      case PRIORITY -> "f.priority";
      case ORGANIZATION -> "f.organization";
      case TAG -> "t.tag";
      case DAY -> day;
      case WEEK -> "(" + day + " - MOD(" + day + " + 3, 7))";
      case MONTH -> table + "." + instant + "_month";
    };
  }

  private static String keyValue(GroupBy groupBy, Object raw) {
    if (raw == null) {
      return GroupBy.NONE_KEY;
    }
    return switch (groupBy) {
      case DAY, WEEK -> LocalDate.ofEpochDay(((Number) raw).longValue()).toString();
      case MONTH -> {
        int yyyymm = ((Number) raw).intValue();
        yield String.format(Locale.ROOT, "%04d-%02d", yyyymm / 100, yyyymm % 100);
      }
      default -> raw.toString().isBlank() ? GroupBy.NONE_KEY : raw.toString();
    };
  }

  private static Double number(ResultSet r, int column) throws SQLException {
    Object value = r.getObject(column);
    return value == null ? null : ((Number) value).doubleValue();
  }

  /** The first whole minute at or after the instant: periods are compared at minute precision. */
  static long minute(Instant at) {
    return Math.floorDiv(at.getEpochSecond() + 59, 60);
  }
}
