package io.shiftlead.plugin.core.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One metric of one ticket at an instant: the numbers behind an SLA badge, the replay line and the
 * KPI inputs.
 *
 * @param startedAt when the current cycle of the metric started
 * @param dueAt when the target is (or was) used up if the clock keeps running; null while paused
 *     (unknown until it resumes) and once the metric is done within target
 * @param breachedAt when the target was used up, null when it was not
 * @param atRiskAt when a running metric turns at risk, null when not OK-and-running
 * @param completedAt when the cycle ended (reply, solve), null while open
 * @param elapsed running time in the metric's own time (business or calendar)
 * @param remaining target minus elapsed; negative when overdue
 * @param paused time spent in pause statuses in the metric's own time
 * @param reason why these numbers, for notes, the sidebar and the audit log
 */
public record SlaMetricState(
    SlaMetric metric,
    String policy,
    SlaState state,
    Target target,
    Instant startedAt,
    Instant dueAt,
    Instant breachedAt,
    Instant atRiskAt,
    Instant completedAt,
    Duration elapsed,
    Duration remaining,
    Duration paused,
    String reason) {

  public boolean businessHours() {
    return target.businessHours();
  }

  public long elapsedMinutes() {
    return elapsed.toMinutes();
  }

  public long remainingMinutes() {
    return remaining.toMinutes();
  }

  public boolean isOpen() {
    return completedAt == null;
  }
}
