package io.shiftlead.plugin.core.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Turns facts into per-day, per-slice sums ({@link KpiDay}): the incremental form the store
 * keeps. Slice dimensions: {@code all}, {@code agent}, {@code group}, {@code channel},
 * {@code priority}, {@code organization}, {@code tag}. Deleted and merged tickets add nothing.
 */
public final class KpiRollup {
  public static final List<String> DIMENSIONS =
      List.of("all", "agent", "group", "channel", "priority", "organization", "tag");

  /** One row of the rollup: a UTC day (epoch day), a dimension and its value. */
  public record Key(long day, String dimension, String value) {}

  private KpiRollup() {}

  /** The dimension a report sliced this way reads ({@code all} for time slices). */
  public static String dimension(GroupBy groupBy) {
    return switch (groupBy) {
      case NONE, DAY, WEEK, MONTH -> "all";
      default -> groupBy.wireName();
    };
  }

  /**
   * The rollup rows of these facts, for the days {@code days} accepts.
   *
   * @param ticketsById the ticket facts surveys are sliced by (may hold more than {@code tickets})
   */
  public static Map<Key, KpiDay> of(Collection<TicketFact> tickets,
      Collection<SurveyFact> surveys, Map<String, TicketFact> ticketsById, LongPredicate days) {
    Map<Key, KpiDay> rows = new HashMap<>();
    for (TicketFact t : tickets) {
      if (t.deleted()) {
        continue;
      }
      add(rows, t, null, t.createdAt(), days, d -> d.addCreated(t));
      if (t.firstReplyAt() != null) {
        add(rows, t, null, t.firstReplyAt(), days, d -> d.addFirstReply(t));
      }
      if (t.solvedAt() != null) {
        add(rows, t, null, t.solvedAt(), days, d -> d.addSolved(t));
      }
    }
    for (SurveyFact s : surveys) {
      TicketFact t = s.ticketId() == null ? null : ticketsById.get(s.ticketId());
      if ((t != null && t.deleted()) || s.answeredAt() == null) {
        continue;
      }
      add(rows, t, s, s.answeredAt(), days, d -> d.addSurvey(s));
    }
    return rows;
  }

  private static void add(Map<Key, KpiDay> rows, TicketFact t, SurveyFact s, Instant at,
      LongPredicate days, java.util.function.Consumer<KpiDay> adding) {
    long day = LocalDate.ofInstant(at, ZoneOffset.UTC).toEpochDay();
    if (!days.test(day)) {
      return;
    }
    for (String dimension : DIMENSIONS) {
      for (String value : values(t, s, dimension)) {
        adding.accept(rows.computeIfAbsent(new Key(day, dimension, value), k -> new KpiDay()));
      }
    }
  }

  static List<String> values(TicketFact t, SurveyFact s, String dimension) {
    if (dimension.equals("all")) {
      return List.of("all");
    }
    if (dimension.equals("agent") && s != null && s.agentId() != null) {
      return List.of(s.agentId());
    }
    if (t == null) {
      return List.of(GroupBy.NONE_KEY);
    }
    return switch (dimension) {
      case "agent" -> List.of(key(t.assignee()));
      case "group" -> List.of(key(t.group()));
      case "channel" -> List.of(key(t.channel()));
      case "priority" -> List.of(key(t.priority()));
      case "organization" -> List.of(key(t.organization()));
      case "tag" -> t.tags().isEmpty() ? List.of(GroupBy.NONE_KEY)
          : t.tags().stream().distinct().toList();
      default -> throw new IllegalArgumentException("dimension " + dimension);
    };
  }

  private static String key(String value) {
    return value == null || value.isBlank() ? GroupBy.NONE_KEY : value;
  }
}
