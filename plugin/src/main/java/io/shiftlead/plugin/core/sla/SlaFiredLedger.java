package io.shiftlead.plugin.core.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Remembers which breach notes (level 0) and escalation levels have fired, keyed by
 * {@link EscalationDue#key()} (ticket, metric, level, metric cycle), so each fires once, also
 * across restarts (the server's ledger is a store table). It also keeps each one's note line as
 * written when it fired: the SLA note of a ticket is the lines of its latest firing, the same
 * text evaluation after evaluation until something new fires.
 */
public interface SlaFiredLedger {

  /**
   * Records that {@code key} fires at {@code at} with its note line.
   *
   * @return true the first time, false when it fired before (the caller then does nothing)
   */
  boolean markFired(String ticketId, String key, String line, Instant at);

  /** The note lines of the ticket's latest firing instant, ordered by key; empty when none. */
  List<String> latestLines(String ticketId);

  /** A ledger that forgets on restart: replay, dry runs and tests. Thread-safe. */
  static SlaFiredLedger inMemory() {
    return new SlaFiredLedger() {
      private final Map<String, Map<String, Object[]>> byTicket = new java.util.HashMap<>();

      @Override
      public synchronized boolean markFired(String ticketId, String key, String line,
          Instant at) {
        Map<String, Object[]> fired = byTicket.computeIfAbsent(ticketId, t -> new TreeMap<>());
        return fired.putIfAbsent(key, new Object[] {line, at}) == null;
      }

      @Override
      public synchronized List<String> latestLines(String ticketId) {
        Map<String, Object[]> fired = byTicket.getOrDefault(ticketId, Map.of());
        Instant latest = fired.values().stream().map(v -> (Instant) v[1])
            .max(Instant::compareTo).orElse(null);
        List<String> lines = new ArrayList<>();
        fired.values().stream().filter(v -> v[1].equals(latest)).forEach(v -> lines.add(
            (String) v[0]));
        return lines;
      }
    };
  }
}
