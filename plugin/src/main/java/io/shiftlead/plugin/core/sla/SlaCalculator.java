package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Computes a ticket's SLA states at an instant from its history alone (no stored clock state), so
 * the server, the replay command and a restart all get the same numbers.
 *
 * <p>Re-choose rule: the policy is chosen from the ticket as it is at evaluation time (current
 * priority, group, tags...). When these change, the new policy's targets and calendar apply to
 * every metric as if the policy had applied from the start: clocks are re-measured from the
 * ticket's creation and status history, so time already paused stays paused, and a metric the new
 * policy has no target for is dropped. A stricter target can thereby breach at once (the due
 * instant lies in the past), as Zendesk's badge shows "Now".
 */
public final class SlaCalculator {
  private static final BusinessCalendar ALWAYS = BusinessCalendar.always("24x7");
  private static final Set<TicketStatus> REQUESTER_WAITS =
      EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.ON_HOLD);
  private static final Set<TicketStatus> AGENT_WORKS = EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN);

  private final SlaPolicies policies;

  public SlaCalculator(SlaPolicies policies) {
    this.policies = policies;
  }

  public SlaPolicies policies() {
    return policies;
  }

  /** Whether any policy is configured (none: the server runs no SLA evaluation). */
  public boolean hasPolicies() {
    return !policies.ordered().isEmpty();
  }

  /** A ticket without priority is measured with the normal targets. */
  static Priority effectivePriority(Ticket t) {
    return t.priority() == null ? Priority.NORMAL : t.priority();
  }

  public TicketSla compute(Ticket ticket, Instant at) {
    long now = at.toEpochMilli();
    StatusTimeline tl = StatusTimeline.of(ticket, now);
    Optional<SlaPolicy> chosen = ticket.deleted() ? Optional.empty() : policies.choose(ticket);
    BusinessCalendar reportCalendar = chosen.map(SlaPolicy::calendar).orElse(ALWAYS);
    TimeMetrics times = times(tl, ticket.createdAt().toEpochMilli(), now, reportCalendar);
    if (chosen.isEmpty()) {
      return new TicketSla(ticket.id(), at, null, List.of(), times, null, List.of());
    }
    SlaPolicy policy = chosen.get();
    Priority priority = effectivePriority(ticket);
    List<SlaMetricState> states = new ArrayList<>(4);
    List<EscalationDue> due = new ArrayList<>();
    long next = Long.MAX_VALUE;
    List<Comment> conversation = MetricWindow.publicUpTo(ticket, now);
    for (SlaMetric metric : SlaMetric.values()) {
      Target target = policy.target(priority, metric);
      if (target == null) {
        continue;
      }
      MetricWindow window = MetricWindow.find(metric, ticket, conversation, tl, now);
      if (window == null) {
        continue;
      }
      SlaMetricState s = measure(metric, policy, target, tl, window, now);
      states.add(s);
      next = Math.min(next, nextChange(s, now));
      if (s.state() == SlaState.BREACHED && s.isOpen()) {
        next = Math.min(next, escalations(ticket.id(), policy, s, window, at, due));
      }
    }
    return new TicketSla(ticket.id(), at, policy.name(), states, times,
        next == Long.MAX_VALUE ? null : Instant.ofEpochMilli(next), due);
  }

  private static SlaMetricState measure(SlaMetric metric, SlaPolicy policy, Target target,
      StatusTimeline tl, MetricWindow w, long now) {
    BusinessCalendar cal = target.businessHours() ? policy.calendar() : ALWAYS;
    long targetMs = target.duration().toMillis();
    Set<TicketStatus> pause = policy.pausesOn(metric);
    Measure m = Measure.of(tl, cal, pause, w.start(), w.isOpen() ? now : w.end(), targetMs);
    long remaining = targetMs - m.elapsedMs();
    SlaState state;
    Instant dueAt = null;
    Instant breachedAt = null;
    Instant atRiskAt = null;
    if (!w.isOpen()) {
      state = m.elapsedMs() <= targetMs ? SlaState.ACHIEVED : SlaState.BREACHED;
      breachedAt = state == SlaState.BREACHED ? instant(m.breachAtMs()) : null;
      dueAt = breachedAt;
    } else if (remaining <= 0) {
      state = SlaState.BREACHED;
      breachedAt = instant(m.breachAtMs());
      dueAt = breachedAt;
    } else if (pause.contains(tl.statusAt(now)) || StatusTimeline.isDone(tl.statusAt(now))) {
      state = SlaState.PAUSED;
    } else {
      dueAt = instant(cal.addBusinessMillis(now, remaining));
      long threshold = (long) (targetMs * policy.atRiskShare());
      if (remaining <= threshold) {
        state = SlaState.AT_RISK;
      } else {
        state = SlaState.OK;
        atRiskAt = instant(cal.addBusinessMillis(now, remaining - threshold));
      }
    }
    SlaState finalState = state;
    Instant finalDue = dueAt;
    TicketStatus statusNow = tl.statusAt(now);
    Supplier<String> reason = () -> Reasons.of(metric, policy, target, cal, w, statusNow,
        finalState, m, remaining, finalDue);
    return new SlaMetricState(metric, policy.name(), state, target, instant(w.start()), dueAt,
        breachedAt, atRiskAt, w.isOpen() ? null : instant(w.end()), Duration.ofMillis(m.elapsedMs()),
        Duration.ofMillis(remaining), Duration.ofMillis(m.pausedMs()), reason);
  }

  private static long nextChange(SlaMetricState s, long now) {
    if (s.state() == SlaState.OK && s.atRiskAt() != null) {
      return s.atRiskAt().toEpochMilli();
    }
    if (s.state() == SlaState.AT_RISK && s.dueAt() != null) {
      return Math.max(now, s.dueAt().toEpochMilli());
    }
    return Long.MAX_VALUE;
  }

  /** Adds the levels due by now; returns the next level's instant (or MAX_VALUE). */
  private static long escalations(String ticketId, SlaPolicy policy, SlaMetricState s,
      MetricWindow w, Instant at, List<EscalationDue> due) {
    long next = Long.MAX_VALUE;
    if (s.breachedAt() == null) {
      return next;
    }
    for (EscalationLevel level : policy.escalations()) {
      if (!level.appliesTo(s.metric())) {
        continue;
      }
      Instant levelAt = level.dueAt(s.breachedAt());
      if (levelAt.isAfter(at)) {
        next = Math.min(next, levelAt.toEpochMilli());
      } else {
        due.add(new EscalationDue(ticketId, s.metric(), level.level(), levelAt, s.breachedAt(),
            s.startedAt(), level.actions()));
      }
    }
    return next;
  }

  private static TimeMetrics times(StatusTimeline tl, long from, long to, BusinessCalendar cal) {
    long[] wait = spent(tl, from, to, REQUESTER_WAITS, cal);
    long[] work = spent(tl, from, to, AGENT_WORKS, cal);
    return new TimeMetrics(Duration.ofMillis(wait[0]), Duration.ofMillis(wait[1]),
        Duration.ofMillis(work[0]), Duration.ofMillis(work[1]));
  }

  private static long[] spent(StatusTimeline tl, long from, long to, Set<TicketStatus> counted,
      BusinessCalendar cal) {
    long calendar = 0;
    long business = 0;
    for (int i = 0; i < tl.size(); i++) {
      long s = Math.max(tl.start(i), from);
      long e = Math.min(tl.end(i), to);
      if (e > s && counted.contains(tl.status(i))) {
        calendar += e - s;
        business += cal.businessMillis(s, e);
      }
    }
    return new long[] {calendar, business};
  }

  private static Instant instant(long ms) {
    return ms < 0 ? null : Instant.ofEpochMilli(ms);
  }
}
