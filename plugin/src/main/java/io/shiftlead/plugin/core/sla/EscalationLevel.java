package io.shiftlead.plugin.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Freshdesk-style escalation after a breach: level N is due {@code afterBreach} (calendar time,
 * because a manager must hear about it even at night) after the breach instant and fires once per
 * metric cycle; the caller records that it fired.
 *
 * @param metrics the metrics it applies to; empty means all
 */
public record EscalationLevel(int level, Duration afterBreach, Set<SlaMetric> metrics,
    List<ActionSpec> actions) {
  public EscalationLevel {
    Objects.requireNonNull(afterBreach, "afterBreach");
    if (level < 1 || afterBreach.isNegative()) {
      throw new IllegalArgumentException("level must be >= 1 and its offset not negative");
    }
    metrics = metrics == null ? Set.of() : Set.copyOf(metrics);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  public boolean appliesTo(SlaMetric metric) {
    return metrics.isEmpty() || metrics.contains(metric);
  }

  public Instant dueAt(Instant breachedAt) {
    return breachedAt.plus(afterBreach);
  }
}
