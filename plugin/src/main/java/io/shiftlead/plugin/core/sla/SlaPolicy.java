package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One SLA policy: which tickets it covers, its targets per priority and metric, the statuses that
 * pause each metric, when a running metric counts as at risk, and the escalation ladder.
 *
 * @param order lower first; the first matching policy applies
 * @param calendar business hours for targets in business hours
 * @param pauseStatuses per metric; a metric missing here pauses on {@link #DEFAULT_PAUSE}
 * @param atRiskShare a running metric is at risk when at most this share of its target is left
 */
public record SlaPolicy(
    String name,
    int order,
    TicketCondition condition,
    BusinessCalendar calendar,
    Map<Priority, Map<SlaMetric, Target>> targets,
    Map<SlaMetric, Set<TicketStatus>> pauseStatuses,
    double atRiskShare,
    List<EscalationLevel> escalations) {

  public static final Set<TicketStatus> DEFAULT_PAUSE =
      Set.of(TicketStatus.PENDING, TicketStatus.ON_HOLD);
  public static final double DEFAULT_AT_RISK_SHARE = 0.25;

  public SlaPolicy {
    Objects.requireNonNull(name, "name");
    condition = condition == null ? TicketCondition.ALWAYS : condition;
    calendar = calendar == null ? BusinessCalendar.always("24x7") : calendar;
    Map<Priority, Map<SlaMetric, Target>> t = new EnumMap<>(Priority.class);
    if (targets != null) {
      targets.forEach((p, m) -> t.put(p, Map.copyOf(m)));
    }
    targets = Map.copyOf(t);
    pauseStatuses = pauseStatuses == null ? Map.of() : Map.copyOf(pauseStatuses);
    if (atRiskShare < 0 || atRiskShare >= 1) {
      throw new IllegalArgumentException("at-risk share must be in [0, 1): " + atRiskShare);
    }
    escalations = escalations == null ? List.of() : List.copyOf(escalations);
  }

  /** The target of a metric for a priority, or null when the policy sets none. */
  public Target target(Priority priority, SlaMetric metric) {
    Map<SlaMetric, Target> byMetric = targets.get(priority);
    return byMetric == null ? null : byMetric.get(metric);
  }

  public Set<TicketStatus> pausesOn(SlaMetric metric) {
    return pauseStatuses.getOrDefault(metric, DEFAULT_PAUSE);
  }
}
