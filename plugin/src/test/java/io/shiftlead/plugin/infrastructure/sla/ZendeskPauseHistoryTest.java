package io.shiftlead.plugin.infrastructure.sla;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.zendesk.ZendeskConnector;
import io.shiftlead.connectors.zendesk.ZendeskConnectorFactory;
import io.shiftlead.connectors.zendesk.ZendeskSettings;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.core.sla.SlaMetric;
import io.shiftlead.plugin.core.sla.SlaMetricState;
import io.shiftlead.plugin.core.sla.SlaState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Zendesk tickets pulled by the real connector from the recorded fixtures (export, comments,
 * audits) have their SLA clocks paused for exactly the time their audits show them pending, under a
 * round-the-clock policy (resolution 24h calendar). Hand-computed from
 * {@code fixtures/zendesk/__files/audits/}.
 */
class ZendeskPauseHistoryTest {
  private static final String POLICY = """
      policies:
        - name: Round the clock
          targets:
            low: {first_reply: 1h, resolution: 24h}
            normal: {first_reply: 1h, resolution: 24h}
            high: {first_reply: 1h, resolution: 24h}
      """;

  private static WireMockServer zendesk;
  private static Map<String, Ticket> tickets;
  private final SlaCalculator calc = new SlaCalculator(new SlaPolicyReader().read(
      List.of(new SlaPolicyReader.Source("policy.yaml", POLICY))));

  @BeforeAll
  static void pullTheRecordedAccount() throws Exception {
    zendesk = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
        .usingFilesUnderDirectory(Path.of("..", "test-fixtures", "src", "main", "resources",
            "fixtures", "zendesk").toString()));
    zendesk.start();
    Map<String, String> values = new LinkedHashMap<>();
    values.put(ZendeskSettings.BASE_URL, "http://127.0.0.1:" + zendesk.port());
    values.put(ZendeskSettings.EMAIL, "agent@example.com");
    values.put(ZendeskSettings.API_TOKEN, "test-api-token-5f2c");
    values.put(ZendeskSettings.START_TIME, "2024-04-01T00:00:00Z");
    values.put(ZendeskSettings.EXPORT_REQUESTS_PER_MINUTE, "100");
    tickets = new HashMap<>();
    try (ZendeskConnector connector = new ZendeskConnectorFactory().create(
        new ConnectorSettings("acme", values),
        Clock.fixed(Instant.parse("2024-05-03T00:00:00Z"), ZoneOffset.UTC), wait -> { })) {
      Page<Ticket> page = connector.pullTickets(Cursor.BEGINNING);
      page.items().forEach(t -> tickets.put(t.id(), t));
      connector.pullTickets(page.next()).items().forEach(t -> tickets.put(t.id(), t));
    }
  }

  @AfterAll
  static void stop() {
    zendesk.stop();
  }

  private SlaMetricState resolution(String ticketId, String at) {
    return calc.compute(tickets.get(ticketId), Instant.parse(at))
        .metric(SlaMetric.RESOLUTION).orElseThrow();
  }

  @Test
  void aTicketPendingFromItsFirstReplyUntilSolvedHasItsResolutionClockPausedForExactlyThatTime() {
    // 35438: created 11:00, agent reply + pending 11:05, solved 21:46:40 (2024-05-01, UTC).
    SlaMetricState resolution = resolution("35438", "2024-05-02T00:00:00Z");

    assertThat(resolution.paused()).isEqualTo(Duration.ofHours(10).plusMinutes(41).plusSeconds(40));
    assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(5));
    assertThat(resolution.state()).isEqualTo(SlaState.ACHIEVED);
    assertThat(resolution.completedAt()).isEqualTo(Instant.parse("2024-05-01T21:46:40Z"));
  }

  @Test
  void aTicketPendingTwiceIsPausedForBothStretchesAndShowsPausedNow() {
    // 35436: new 09:00, open 09:20, pending 09:30, open 09:45, pending again since 10:00.
    SlaMetricState resolution = resolution("35436", "2024-05-01T14:00:00Z");

    assertThat(resolution.paused()).isEqualTo(Duration.ofMinutes(15).plusHours(4));
    assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(45)); // 09:00-09:30, 09:45-10:00
    assertThat(resolution.remaining()).isEqualTo(Duration.ofHours(23).plusMinutes(15));
    assertThat(resolution.state()).isEqualTo(SlaState.PAUSED);
  }

  @Test
  void anOnHoldTicketIsPausedOnlySinceItWasPutOnHold() {
    // 35437: new 09:10, on hold since 09:30.
    SlaMetricState resolution = resolution("35437", "2024-05-01T12:00:00Z");

    assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(20));
    assertThat(resolution.paused()).isEqualTo(Duration.ofMinutes(150));
    assertThat(resolution.state()).isEqualTo(SlaState.PAUSED);
  }
}
