package io.shiftlead.plugin.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One metric of one ticket at an instant: the numbers behind an SLA badge, the replay line and the
 * KPI inputs. A class rather than a record only so that the human-readable reason is built on
 * first use: formatting it costs more than computing the numbers, and a scan of a million tickets
 * rarely needs it.
 */
public final class SlaMetricState {
  private final SlaMetric metric;
  private final String policy;
  private final SlaState state;
  private final Target target;
  private final Instant startedAt;
  private final Instant dueAt;
  private final Instant breachedAt;
  private final Instant atRiskAt;
  private final Instant completedAt;
  private final Duration elapsed;
  private final Duration remaining;
  private final Duration paused;
  private Supplier<String> reasonSource;
  private String reason;

  SlaMetricState(SlaMetric metric, String policy, SlaState state, Target target,
      Instant startedAt, Instant dueAt, Instant breachedAt, Instant atRiskAt, Instant completedAt,
      Duration elapsed, Duration remaining, Duration paused, Supplier<String> reason) {
    this.metric = metric;
    this.policy = policy;
    this.state = state;
    this.target = target;
    this.startedAt = startedAt;
    this.dueAt = dueAt;
    this.breachedAt = breachedAt;
    this.atRiskAt = atRiskAt;
    this.completedAt = completedAt;
    this.elapsed = elapsed;
    this.remaining = remaining;
    this.paused = paused;
    this.reasonSource = reason;
  }

  public SlaMetric metric() {
    return metric;
  }

  /** The policy whose target applies. */
  public String policy() {
    return policy;
  }

  public SlaState state() {
    return state;
  }

  public Target target() {
    return target;
  }

  /** When the current cycle of the metric started. */
  public Instant startedAt() {
    return startedAt;
  }

  /**
   * When the target is (or was) used up if the clock keeps running; null while paused (unknown
   * until it resumes) and once the metric is done within target.
   */
  public Instant dueAt() {
    return dueAt;
  }

  /** When the target was used up, null when it was not. */
  public Instant breachedAt() {
    return breachedAt;
  }

  /** When a running metric turns at risk; null unless it is OK and running. */
  public Instant atRiskAt() {
    return atRiskAt;
  }

  /** When the cycle ended (reply, solve), null while open. */
  public Instant completedAt() {
    return completedAt;
  }

  /** Running time in the metric's own time (business or calendar). */
  public Duration elapsed() {
    return elapsed;
  }

  /** Target minus elapsed; negative when overdue. */
  public Duration remaining() {
    return remaining;
  }

  /** Time spent in pause statuses, in the metric's own time. */
  public Duration paused() {
    return paused;
  }

  /** Why these numbers, for notes, the sidebar and the audit log. */
  public synchronized String reason() {
    if (reason == null) {
      reason = reasonSource.get();
      reasonSource = null;
    }
    return reason;
  }

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

  @Override
  public String toString() {
    return metric.wireName() + " " + state.wireName() + " (policy " + policy + ", target " + target
        + ", elapsed " + Durations.human(elapsed) + ", remaining " + Durations.human(remaining)
        + ", due " + dueAt + ")";
  }
}
