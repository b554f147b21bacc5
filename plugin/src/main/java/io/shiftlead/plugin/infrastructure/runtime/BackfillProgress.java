package io.shiftlead.plugin.infrastructure.runtime;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a backfill has come. The helpdesks' change streams give no total count, so progress is
 * measured in time: the stream is ordered by update time, and a backfill from {@code from} that
 * has reached tickets updated at {@code reachedUpdatedAt} has covered that share of the span up to
 * {@code startedAt}. The ETA extrapolates the rate so far over what is left.
 *
 * @param state {@code requested} (waiting for the worker's next pull), {@code running},
 *     {@code done}
 * @param fraction 0..1; 1 when done
 * @param etaSeconds null until something was pulled, 0 when done
 */
public record BackfillProgress(String connector, String state, Instant from, Instant startedAt,
    long ticketsPulled, long pages, Instant reachedUpdatedAt, double fraction, Long etaSeconds,
    Instant finishedAt) {

  /** The progress of a backfill from {@code from} started at {@code startedAt}, seen at {@code now}. */
  static BackfillProgress of(String connector, Instant from, Instant startedAt, boolean pulling,
      long tickets, long pages, Instant reached, Instant finishedAt, Instant now) {
    if (finishedAt != null) {
      return new BackfillProgress(connector, "done", from, startedAt, tickets, pages, reached, 1.0,
          0L, finishedAt);
    }
    double span = Math.max(1, Duration.between(from, startedAt).toMillis());
    double covered = reached == null ? 0 : Duration.between(from, reached).toMillis();
    double fraction = Math.max(0, Math.min(0.99, covered / span));
    Long eta = null;
    if (fraction > 0) {
      double elapsed = Duration.between(startedAt, now).toMillis();
      eta = Math.round(elapsed * (1 - fraction) / fraction / 1000);
    }
    return new BackfillProgress(connector, pulling ? "running" : "requested", from, startedAt,
        tickets, pages, reached, fraction, eta, null);
  }
}
