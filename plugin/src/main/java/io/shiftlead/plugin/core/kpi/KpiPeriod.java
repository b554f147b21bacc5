package io.shiftlead.plugin.core.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open reporting period {@code [from, to)} of whole UTC days (the rollup's unit). */
public record KpiPeriod(Instant from, Instant to) {
  public KpiPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from " + from + " must be before to " + to);
    }
    if (from.getEpochSecond() % 86_400 != 0 || to.getEpochSecond() % 86_400 != 0
        || from.getNano() != 0 || to.getNano() != 0) {
      throw new IllegalArgumentException("a KPI period is whole UTC days: from " + from
          + " and to " + to + " must be at 00:00Z");
    }
  }

  public boolean contains(Instant at) {
    return at != null && !at.isBefore(from) && at.isBefore(to);
  }

  /** The period of the same length just before this one, for comparison. */
  public KpiPeriod previous() {
    return new KpiPeriod(from.minus(length()), from);
  }

  public Duration length() {
    return Duration.between(from, to);
  }

  public double days() {
    return length().toSeconds() / 86_400d;
  }

  /** Backlog ages are measured at the period's end, or now when the period is not over. */
  public Instant asOf(Instant now) {
    return now.isBefore(to) ? now : to;
  }
}
