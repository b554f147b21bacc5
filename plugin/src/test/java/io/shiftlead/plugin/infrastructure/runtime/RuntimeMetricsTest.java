package io.shiftlead.plugin.infrastructure.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.infrastructure.metrics.PrometheusText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuntimeMetricsTest {
  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  private static ConnectorStatus status(String name, String state, Instant lastSync) {
    return new ConnectorStatus(name, "zendesk", state, "c", 1000, 7, 640, 389, 11, lastSync,
        null, null);
  }

  private static RuntimeMetrics.Reading reading(Set<String> held, int gridMembers) {
    return new RuntimeMetrics.Reading(NOW,
        List.of(status("alpha", "idle", NOW.minusSeconds(42)), status("beta", "failing", null)),
        Map.of("alpha", Map.of("APPLIED", 640L, "FAILED", 2L, "PENDING", 5L, "ATTEMPTED", 1L)),
        Map.of("beta", 3L), Map.of("beta", 4L), held, 3, gridMembers);
  }

  @Test
  void everyConnectorGetsItsCountsLeaseLagAndRateLimitSeries() {
    String text = PrometheusText.format(RuntimeMetrics.families(reading(Set.of("alpha"), 3)));

    assertThat(text).contains(
        "shiftlead_tickets_stored{connector=\"alpha\"} 1000\n",
        "shiftlead_writebacks_applied_total{connector=\"alpha\"} 640\n",
        "shiftlead_writebacks_failed_total{connector=\"alpha\"} 2\n",
        "shiftlead_outbox_pending{connector=\"alpha\"} 6\n",
        "shiftlead_outbox_pending{connector=\"beta\"} 0\n",
        "shiftlead_webhook_inbox_depth{connector=\"beta\"} 3\n",
        "shiftlead_sync_lag_seconds{connector=\"alpha\"} 42\n",
        "shiftlead_sync_lag_seconds{connector=\"beta\"} NaN\n",
        "shiftlead_lease_held{connector=\"alpha\"} 1\n",
        "shiftlead_lease_held{connector=\"beta\"} 0\n",
        "shiftlead_connector_failing{connector=\"beta\"} 1\n",
        "shiftlead_rate_limited_total{connector=\"beta\"} 4\n",
        "shiftlead_notes_posted_total{connector=\"alpha\"} 389\n",
        "# TYPE shiftlead_writebacks_applied_total counter\n",
        "shiftlead_cluster_members 3\n",
        "shiftlead_grid_members 3\n");
  }

  @Test
  void aSingleServerHoldsEveryConnectorAndShowsNoGrid() {
    String text = PrometheusText.format(RuntimeMetrics.families(reading(null, -1)));

    assertThat(text).contains("shiftlead_lease_held{connector=\"alpha\"} 1\n",
        "shiftlead_lease_held{connector=\"beta\"} 1\n").doesNotContain("shiftlead_grid_members");
  }
}
