package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Duration;
import java.time.Instant;

/** Builds the human-readable explanation of a metric's numbers. */
final class Reasons {
  private Reasons() {}

  static String of(SlaMetric metric, SlaPolicy policy, Target target, BusinessCalendar cal,
      MetricWindow w, TicketStatus status, SlaState state, Measure m, long remaining,
      Instant dueAt) {
    StringBuilder s = new StringBuilder();
    s.append(metric.wireName()).append(" under policy '").append(policy.name())
        .append("': target ").append(target);
    if (target.businessHours()) {
      s.append(" (calendar ").append(cal.name()).append(", ").append(cal.zone()).append(')');
    }
    s.append("; clock started ").append(Instant.ofEpochMilli(w.start())).append(" (")
        .append(w.startWhy()).append(')');
    if (!w.isOpen()) {
      s.append(", stopped ").append(Instant.ofEpochMilli(w.end())).append(" (").append(w.endWhy())
          .append(')');
    }
    s.append("; ").append(Durations.human(Duration.ofMillis(m.elapsedMs()))).append(" elapsed");
    if (m.pausedMs() > 0) {
      s.append(", ").append(Durations.human(Duration.ofMillis(m.pausedMs())))
          .append(" paused (not counted)");
    }
    if (remaining >= 0) {
      s.append(", ").append(Durations.human(Duration.ofMillis(remaining))).append(" left");
    } else {
      s.append(", ").append(Durations.human(Duration.ofMillis(-remaining))).append(" over target");
    }
    switch (state) {
      case PAUSED:
        s.append("; paused while ").append(status.wireName());
        break;
      case AT_RISK:
        s.append("; at risk: at most ").append(Math.round(policy.atRiskShare() * 100))
            .append("% of the target left, due ").append(dueAt);
        break;
      case OK:
        s.append("; due ").append(dueAt);
        break;
      case BREACHED:
        s.append("; breached at ").append(dueAt);
        break;
      default:
        s.append("; achieved");
    }
    return s.toString();
  }
}
