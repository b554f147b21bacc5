package io.shiftlead.plugin.infrastructure.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * The store-side numbers of the metrics endpoint, one grouped query each (a scrape costs a few
 * index or table scans, not one query per connector and series).
 */
public final class JdbcMetricsQueries {
  private final Jdbc jdbc;

  public JdbcMetricsQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Write-backs per connector and outbox state ({@code PENDING}, {@code APPLIED}, ...). */
  public Map<String, Map<String, Long>> outboxByState() {
    Map<String, Map<String, Long>> result = new TreeMap<>();
    jdbc.query("SELECT connector, state, COUNT(*) FROM outbox GROUP BY connector, state",
        s -> { }, row -> {
          result.computeIfAbsent(row.getString(1), c -> new TreeMap<>())
              .put(row.getString(2), row.getLong(3));
          return null;
        });
    return result;
  }

  /** Webhook deliveries received and not yet processed, per connector. */
  public Map<String, Long> webhookInboxDepth() {
    Map<String, Long> result = new TreeMap<>();
    jdbc.query("SELECT connector, COUNT(*) FROM webhook_inbox WHERE done_at IS NULL"
        + " GROUP BY connector", s -> { }, row -> result.put(row.getString(1), row.getLong(2)));
    return result;
  }

  /** Members whose heartbeat is younger than {@code since}. */
  public long liveMembers(java.time.Instant since) {
    return jdbc.count("SELECT COUNT(*) FROM cluster_members WHERE last_seen > ?",
        s -> s.setObject(1, Jdbc.time(since)));
  }
}
