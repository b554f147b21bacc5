package io.shiftlead.plugin.infrastructure.runtime;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a backfill has come. Counts (tickets, pages) and the rate are measured; the share of
 * the time span covered is measured too (the stream is ordered by update time: having reached
 * tickets updated at {@code reachedUpdatedAt} covers that share of the span from {@code from} to
 * {@code startedAt}). An ETA is given only when the helpdesk reports how many tickets the backfill
 * holds ({@code total}, e.g. RT's search total): time coverage says nothing about how many tickets
 * are left, so it never becomes an ETA.
 *
 * @param state {@code requested} (waiting for the worker's next pull), {@code running},
 *     {@code done}
 * @param total tickets the helpdesk says the backfill holds (pulled so far plus what its last page
 *     reported left), or null when it does not say
 * @param fraction 0..1 for the progress bar: tickets / total when the total is known, else the
 *     time span covered; 1 when done
 * @param timeCovered 0..1, the share of the time span covered (see above)
 * @param ticketsPerSecond tickets pulled per second since the start; null until something was
 * @param etaSeconds null unless the total is known and something was pulled; 0 when done
 */
public record BackfillProgress(String connector, String state, Instant from, Instant startedAt,
    long ticketsPulled, long pages, Instant reachedUpdatedAt, Long total, double fraction,
    double timeCovered, Double ticketsPerSecond, Long etaSeconds, Instant finishedAt) {

  /** The progress of a backfill from {@code from} started at {@code startedAt}, seen at {@code now}. */
  static BackfillProgress of(String connector, Instant from, Instant startedAt, boolean pulling,
      long tickets, long pages, Instant reached, Long total, Instant finishedAt, Instant now) {
    Instant end = finishedAt != null ? finishedAt : now;
    double elapsed = Math.max(1, Duration.between(startedAt, end).toMillis()) / 1000.0;
    Double rate = tickets == 0 ? null : Math.round(tickets / elapsed * 100) / 100.0;
    if (finishedAt != null) {
      return new BackfillProgress(connector, "done", from, startedAt, tickets, pages, reached,
          total, 1.0, 1.0, rate, 0L, finishedAt);
    }
    double span = Math.max(1, Duration.between(from, startedAt).toMillis());
    double covered = reached == null ? 0 : Duration.between(from, reached).toMillis();
    double time = Math.max(0, Math.min(0.99, covered / span));
    double fraction = time;
    Long eta = null;
    if (total != null && total > 0) {
      fraction = Math.max(0, Math.min(0.99, (double) tickets / total));
      if (rate != null) {
        eta = Math.round(Math.max(0, total - tickets) / (tickets / elapsed));
      }
    }
    return new BackfillProgress(connector, pulling ? "running" : "requested", from, startedAt,
        tickets, pages, reached, total, fraction, time, rate, eta, null);
  }
}
