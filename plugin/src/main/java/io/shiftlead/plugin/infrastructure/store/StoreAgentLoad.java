package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.plugin.core.routing.AgentLoad;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Open tickets per agent as the store knows them (new, open, pending, on hold; not deleted), read
 * in one query and reused for a few seconds, plus the assignments routed since that read — which
 * reach the store only once written back and pulled again.
 */
public final class StoreAgentLoad implements AgentLoad {
  private static final Duration FRESH = Duration.ofSeconds(10);

  private final Jdbc jdbc;
  private final String connector;
  private final Clock clock;
  private Map<String, Integer> counts = Map.of();
  private final Map<String, Integer> routedSinceRead = new HashMap<>();
  private Instant readAt = Instant.MIN;

  public StoreAgentLoad(Jdbc jdbc, String connector, Clock clock) {
    this.jdbc = jdbc;
    this.connector = connector;
    this.clock = clock;
  }

  @Override
  public synchronized int openTickets(String agentId) {
    if (clock.instant().isAfter(readAt.plus(FRESH))) {
      Map<String, Integer> fresh = new HashMap<>();
      jdbc.query("SELECT assignee_id, COUNT(*) FROM tickets WHERE connector = ?"
              + " AND deleted = FALSE AND assignee_id IS NOT NULL"
              + " AND status IN ('new', 'open', 'pending', 'on_hold') GROUP BY assignee_id",
          s -> s.setString(1, connector),
          row -> fresh.put(row.getString(1), row.getInt(2)));
      counts = fresh;
      routedSinceRead.clear();
      readAt = clock.instant();
    }
    return counts.getOrDefault(agentId, 0) + routedSinceRead.getOrDefault(agentId, 0);
  }

  @Override
  public synchronized void assigned(String agentId) {
    routedSinceRead.merge(agentId, 1, Integer::sum);
  }
}
