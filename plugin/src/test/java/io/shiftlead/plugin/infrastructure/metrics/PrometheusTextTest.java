package io.shiftlead.plugin.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.plugin.infrastructure.metrics.MetricFamily.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

  @Test
  void familiesAreWrittenWithHelpTypeAndOneLinePerLabelledSample() {
    String text = PrometheusText.format(List.of(
        MetricFamily.builder("shiftlead_tickets_stored", Type.GAUGE, "Tickets stored.")
            .connector("alpha", 1000).connector("beta", 12.5).build(),
        MetricFamily.builder("shiftlead_cluster_members", Type.GAUGE, "Members.")
            .sample(Map.of(), 3).build()));

    assertThat(text).isEqualTo("""
        # HELP shiftlead_tickets_stored Tickets stored.
        # TYPE shiftlead_tickets_stored gauge
        shiftlead_tickets_stored{connector="alpha"} 1000
        shiftlead_tickets_stored{connector="beta"} 12.5
        # HELP shiftlead_cluster_members Members.
        # TYPE shiftlead_cluster_members gauge
        shiftlead_cluster_members 3
        """);
  }

  @Test
  void labelValuesAndHelpAreEscapedAndUnknownValuesAreNaN() {
    String text = PrometheusText.format(List.of(MetricFamily.builder("shiftlead_sync_lag_seconds",
        Type.GAUGE, "Lag \\ in\nseconds.").connector("a\"b\\c\nd", Double.NaN).build()));

    assertThat(text).contains("# HELP shiftlead_sync_lag_seconds Lag \\\\ in\\nseconds.\n")
        .contains("shiftlead_sync_lag_seconds{connector=\"a\\\"b\\\\c\\nd\"} NaN\n");
  }

  @Test
  void countersMustEndInTotalAndNamesMustBeValid() {
    assertThatThrownBy(() -> MetricFamily.builder("shiftlead_notes", Type.COUNTER, "x").build())
        .hasMessageContaining("_total");
    assertThatThrownBy(() -> MetricFamily.builder("shiftlead-notes", Type.GAUGE, "x").build())
        .hasMessageContaining("invalid metric name");
    assertThatThrownBy(() -> new MetricFamily.Sample(Map.of("__name__", "x"), 1))
        .hasMessageContaining("invalid label name");
  }
}
