package io.shiftlead.plugin.core.sla;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which breach notes and escalation levels have fired, so each fires once per ticket,
 * metric, level and metric cycle, also across restarts (the server's ledger is a store table).
 * Keys are {@link EscalationDue#key()} (level 0 is the breach note itself).
 */
@FunctionalInterface
public interface SlaFiredLedger {

  /**
   * Records that {@code key} fires now.
   *
   * @return true the first time, false when it fired before (the caller then does nothing)
   */
  boolean markFired(String ticketId, String key);

  /** A ledger that forgets on restart: replay, dry runs and tests. */
  static SlaFiredLedger inMemory() {
    Set<String> fired = ConcurrentHashMap.newKeySet();
    return (ticketId, key) -> fired.add(key);
  }
}
