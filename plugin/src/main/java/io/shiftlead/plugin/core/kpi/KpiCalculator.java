package io.shiftlead.plugin.core.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The KPI formulas over facts held in memory: the reference the store's SQL is tested against,
 * and what small datasets (tests, replays) use. Deleted and merged tickets count nowhere.
 */
public final class KpiCalculator {
  private final Instant now;

  public KpiCalculator(Instant now) {
    this.now = now;
  }

  public KpiReport report(String connector, Collection<TicketFact> tickets,
      Collection<SurveyFact> surveys, KpiPeriod period, GroupBy groupBy) {
    Map<String, KpiValues> slices = slices(tickets, surveys, period, groupBy);
    Map<String, KpiValues> previous = slices(tickets, surveys, period.previous(), groupBy);
    return new KpiReport(connector, period, groupBy,
        total(tickets, surveys, period), slices,
        total(tickets, surveys, period.previous()), previous);
  }

  public KpiValues total(Collection<TicketFact> tickets, Collection<SurveyFact> surveys,
      KpiPeriod period) {
    return slices(tickets, surveys, period, GroupBy.NONE).getOrDefault("all",
        new Acc().finish(period, now));
  }

  public Map<String, KpiValues> slices(Collection<TicketFact> tickets,
      Collection<SurveyFact> surveys, KpiPeriod period, GroupBy groupBy) {
    Map<String, Acc> accs = new HashMap<>();
    Map<String, TicketFact> byId = new HashMap<>();
    for (TicketFact t : tickets) {
      byId.put(t.ticketId(), t);
      if (t.deleted()) {
        continue;
      }
      if (period.contains(t.createdAt())) {
        keys(t, groupBy, t.createdAt()).forEach(k -> accs.computeIfAbsent(k, x -> new Acc())
            .agg.created++);
      }
      if (period.contains(t.firstReplyAt())) {
        keys(t, groupBy, t.firstReplyAt()).forEach(k -> accs.computeIfAbsent(k, x -> new Acc())
            .firstReply.add(t.firstReplyMinutes()));
      }
      if (period.contains(t.solvedAt())) {
        keys(t, groupBy, t.solvedAt()).forEach(k -> accs.computeIfAbsent(k, x -> new Acc())
            .solved(t));
      }
      boolean inBacklog = t.createdAt().isBefore(period.to())
          && (t.solvedAt() == null || !t.solvedAt().isBefore(period.to()));
      if (inBacklog) {
        keys(t, groupBy, t.createdAt()).forEach(k -> accs.computeIfAbsent(k, x -> new Acc())
            .backlog(t));
      }
    }
    for (SurveyFact s : surveys) {
      if (!period.contains(s.answeredAt())) {
        continue;
      }
      TicketFact t = s.ticketId() == null ? null : byId.get(s.ticketId());
      if (t != null && t.deleted()) {
        continue;
      }
      surveyKeys(s, t, groupBy).forEach(k -> accs.computeIfAbsent(k, x -> new Acc()).survey(s));
    }
    Map<String, KpiValues> result = new TreeMap<>();
    accs.forEach((k, acc) -> result.put(k, acc.finish(period, now)));
    return result;
  }

  static List<String> keys(TicketFact t, GroupBy groupBy, Instant at) {
    return switch (groupBy) {
      case NONE -> List.of("all");
      case AGENT -> List.of(key(t.assignee()));
      case GROUP -> List.of(key(t.group()));
      case CHANNEL -> List.of(key(t.channel()));
      case PRIORITY -> List.of(key(t.priority()));
      case ORGANIZATION -> List.of(key(t.organization()));
      case TAG -> t.tags().isEmpty() ? List.of(GroupBy.NONE_KEY)
          : t.tags().stream().distinct().toList();
      case DAY, WEEK, MONTH -> List.of(groupBy.timeKey(at));
    };
  }

  /** A survey falls in its ticket's slice; its own agent (the assignee when rated) wins. */
  static List<String> surveyKeys(SurveyFact s, TicketFact t, GroupBy groupBy) {
    if (groupBy == GroupBy.AGENT) {
      return List.of(key(s.agentId() != null ? s.agentId() : t == null ? null : t.assignee()));
    }
    if (groupBy.isTime()) {
      return List.of(groupBy.timeKey(s.answeredAt()));
    }
    if (groupBy == GroupBy.NONE) {
      return List.of("all");
    }
    if (t == null) {
      return List.of(GroupBy.NONE_KEY);
    }
    return keys(t, groupBy, s.answeredAt());
  }

  private static String key(String value) {
    return value == null || value.isBlank() ? GroupBy.NONE_KEY : value;
  }

  private static final class Acc {
    final KpiAggregate agg = new KpiAggregate();
    final List<Long> firstReply = new ArrayList<>();
    final List<Long> resolution = new ArrayList<>();
    final List<Long> followUp = new ArrayList<>();

    void solved(TicketFact t) {
      agg.solved++;
      resolution.add(t.resolutionMinutes());
      agg.resolutionSum += t.resolutionMinutes();
      if (t.handleMinutes() != null) {
        agg.handleCount++;
        agg.handleSum += t.handleMinutes();
      }
      agg.oneTouch += t.oneTouch() ? 1 : 0;
      agg.reopened += t.reopens() > 0 ? 1 : 0;
      if (t.slaFirstReplyMet() != null) {
        agg.slaFirstReplyFinished++;
        agg.slaFirstReplyAchieved += t.slaFirstReplyMet() ? 1 : 0;
      }
      if (t.slaResolutionMet() != null) {
        agg.slaResolutionFinished++;
        agg.slaResolutionAchieved += t.slaResolutionMet() ? 1 : 0;
      }
      if (t.qaScore() != null) {
        agg.qaCount++;
        agg.qaSum += t.qaScore();
      }
    }

    void backlog(TicketFact t) {
      agg.backlog++;
      long minute = t.createdAt().getEpochSecond() / 60;
      agg.backlogCreatedMinuteSum += minute;
      agg.backlogOldestCreatedMinute = agg.backlogOldestCreatedMinute == null ? minute
          : Math.min(agg.backlogOldestCreatedMinute, minute);
    }

    void survey(SurveyFact s) {
      switch (s.kind()) {
        case CSAT -> {
          agg.csatResponses++;
          agg.csatSatisfied += Boolean.TRUE.equals(s.satisfied()) ? 1 : 0;
        }
        case NPS -> {
          agg.npsResponses++;
          agg.promoters += s.npsClass() == SurveyFact.NpsClass.PROMOTER ? 1 : 0;
          agg.detractors += s.npsClass() == SurveyFact.NpsClass.DETRACTOR ? 1 : 0;
        }
        case CES -> {
          agg.cesResponses++;
          agg.cesSum += s.cesScore();
        }
      }
      if (s.negative()) {
        agg.negative++;
        if (s.followUpMinutes() != null) {
          agg.followedUp++;
          followUp.add(s.followUpMinutes());
        }
      }
    }

    KpiValues finish(KpiPeriod period, Instant now) {
      agg.firstReplies = firstReply.size();
      agg.firstReplyMedian = Percentiles.cont(sorted(firstReply), 0.5);
      agg.firstReplyP90 = Percentiles.cont(sorted(firstReply), 0.9);
      agg.resolutionMedian = Percentiles.cont(sorted(resolution), 0.5);
      agg.resolutionP90 = Percentiles.cont(sorted(resolution), 0.9);
      agg.followUpMedian = Percentiles.cont(sorted(followUp), 0.5);
      return agg.values(period.days(), period.asOf(now));
    }

    private static List<Long> sorted(List<Long> values) {
      return values.stream().sorted().toList();
    }
  }

}
