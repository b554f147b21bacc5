package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.plugin.infrastructure.metrics.MetricFamily;
import io.shiftlead.plugin.infrastructure.metrics.MetricFamily.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Shiftlead's series for {@code GET /api/v1/status/metrics}, computed from one reading of the
 * runtime and the store ({@link Reading}). Store-backed series (tickets, write-backs, inbox) are
 * the same on every cluster member; {@code lease_held}, {@code rate_limited_total} and {@code
 * connector_failing} describe the member that answers. See docs/operations.md#metrics.
 */
final class RuntimeMetrics {
  private RuntimeMetrics() {}

  /**
   * What the series are made of.
   *
   * @param connectors the connectors the caller may see, with their status
   * @param outbox write-backs per connector and outbox state
   * @param inboxDepth unprocessed webhook deliveries per connector
   * @param rateLimited rate-limit stops per connector on this member
   * @param held the connectors this member syncs ({@code null}: a single server syncs all)
   * @param liveMembers cluster members with a fresh heartbeat (1 on a single server)
   * @param gridMembers members of the Payara Data Grid, -1 when there is none
   */
  record Reading(Instant now, List<ConnectorStatus> connectors,
      Map<String, Map<String, Long>> outbox, Map<String, Long> inboxDepth,
      Map<String, Long> rateLimited, Set<String> held, long liveMembers, int gridMembers) {}

  static List<MetricFamily> families(Reading r) {
    List<MetricFamily> families = new ArrayList<>();
    families.add(perConnector(r, "shiftlead_tickets_stored", Type.GAUGE,
        "Tickets pulled from the helpdesk and stored (each one evaluated).",
        c -> c.ticketsSeen()));
    families.add(perConnector(r, "shiftlead_surveys_stored", Type.GAUGE,
        "Satisfaction survey responses stored.", c -> c.surveysSeen()));
    families.add(perConnector(r, "shiftlead_pages_pulled_total", Type.COUNTER,
        "Pages of changed tickets pulled from the helpdesk.", c -> c.pagesPulled()));
    families.add(perConnector(r, "shiftlead_writebacks_applied_total", Type.COUNTER,
        "Write-backs (fields, tags, notes) the helpdesk confirmed.",
        c -> outbox(r, c, "APPLIED")));
    families.add(perConnector(r, "shiftlead_writebacks_failed_total", Type.COUNTER,
        "Write-backs the helpdesk refused for good (see the audit log).",
        c -> outbox(r, c, "FAILED")));
    families.add(perConnector(r, "shiftlead_notes_posted_total", Type.COUNTER,
        "Internal notes posted to tickets.", c -> c.notesPosted()));
    families.add(perConnector(r, "shiftlead_outbox_pending", Type.GAUGE,
        "Write-backs waiting to be sent or with an unknown outcome (PENDING, ATTEMPTED).",
        c -> outbox(r, c, "PENDING") + outbox(r, c, "ATTEMPTED")));
    families.add(perConnector(r, "shiftlead_webhook_inbox_depth", Type.GAUGE,
        "Webhook deliveries received and not yet processed.",
        c -> r.inboxDepth().getOrDefault(c.name(), 0L)));
    families.add(perConnector(r, "shiftlead_sync_lag_seconds", Type.GAUGE,
        "Seconds since the connector's last completed sync (NaN before the first).",
        c -> c.lastSyncAt() == null ? Double.NaN
            : Math.max(0, Duration.between(c.lastSyncAt(), r.now()).toMillis() / 1000.0)));
    families.add(perConnector(r, "shiftlead_lease_held", Type.GAUGE,
        "1 when this member syncs the connector (holds its lease), else 0.",
        c -> r.held() == null || r.held().contains(c.name()) ? 1 : 0));
    families.add(perConnector(r, "shiftlead_connector_failing", Type.GAUGE,
        "1 when this member's last attempt for the connector failed.",
        c -> "failing".equals(c.state()) ? 1 : 0));
    families.add(perConnector(r, "shiftlead_rate_limited_total", Type.COUNTER,
        "Sync steps stopped by the helpdesk's rate limit (429 beyond the retries) on this member.",
        c -> r.rateLimited().getOrDefault(c.name(), 0L)));
    families.add(MetricFamily.builder("shiftlead_cluster_members", Type.GAUGE,
        "Members with a fresh heartbeat in the store (1 without cluster mode).")
        .sample(Map.of(), r.liveMembers()).build());
    if (r.gridMembers() >= 0) {
      families.add(MetricFamily.builder("shiftlead_grid_members", Type.GAUGE,
          "Members of the Payara Data Grid this server belongs to.")
          .sample(Map.of(), r.gridMembers()).build());
    }
    return families;
  }

  private static long outbox(Reading r, ConnectorStatus c, String state) {
    return r.outbox().getOrDefault(c.name(), Map.of()).getOrDefault(state, 0L);
  }

  private static MetricFamily perConnector(Reading r, String name, Type type, String help,
      ToDoubleFunction<ConnectorStatus> value) {
    MetricFamily.Builder family = MetricFamily.builder(name, type, help);
    r.connectors().forEach(c -> family.connector(c.name(), value.applyAsDouble(c)));
    return family.build();
  }
}
