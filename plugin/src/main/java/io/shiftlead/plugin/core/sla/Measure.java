package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.TicketStatus;
import java.util.Set;

/**
 * What a metric's clock shows over a window: running time (not paused, not solved) in the
 * metric's own time, paused time, and the instant the target was used up (-1 when not yet).
 */
record Measure(long elapsedMs, long pausedMs, long breachAtMs) {

  static Measure of(StatusTimeline tl, BusinessCalendar cal, Set<TicketStatus> pause, long from,
      long to, long targetMs) {
    long elapsed = 0;
    long paused = 0;
    long breachAt = -1;
    for (int i = 0; i < tl.size(); i++) {
      long s = Math.max(tl.start(i), from);
      long e = Math.min(tl.end(i), to);
      if (e <= s) {
        continue;
      }
      TicketStatus status = tl.status(i);
      if (pause.contains(status)) {
        paused += cal.businessMillis(s, e);
      } else if (!StatusTimeline.isDone(status)) {
        long piece = cal.businessMillis(s, e);
        if (breachAt < 0 && elapsed + piece >= targetMs) {
          breachAt = cal.addBusinessMillis(s, targetMs - elapsed);
        }
        elapsed += piece;
      }
    }
    return new Measure(elapsed, paused, breachAt);
  }
}
