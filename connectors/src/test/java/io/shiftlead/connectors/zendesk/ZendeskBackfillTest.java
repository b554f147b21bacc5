package io.shiftlead.connectors.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The console's connection test and backfill cursor against the sandbox. */
class ZendeskBackfillTest {

  private static ConnectorSettings settings(SandboxHelpdesk sandbox, String token) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(ZendeskSettings.BASE_URL, sandbox.baseUrl());
    values.put(ZendeskSettings.EMAIL, sandbox.options().email());
    values.put(ZendeskSettings.API_TOKEN, token);
    values.put(ZendeskSettings.START_TIME,
        sandbox.options().baseInstant().minus(Duration.ofDays(120)).toString());
    values.put(ZendeskSettings.PAGE_SIZE, "30");
    values.put(ZendeskSettings.EXPORT_REQUESTS_PER_MINUTE, "1000");
    values.put(ZendeskSettings.CALL_TIMEOUT_SECONDS, "10");
    return new ConnectorSettings("sandbox", values);
  }

  private static Set<String> pullAll(ZendeskConnector connector, Cursor start) throws Exception {
    Map<String, Ticket> tickets = new TreeMap<>();
    PullUntilEnd.into(connector, start, tickets);
    return new TreeSet<>(tickets.keySet());
  }

  @Test
  void aBackfillCursorRepullsEveryTicketChangedSinceItsStartTime() throws Exception {
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(SandboxOptions.defaults()
        .withTicketCount(40));
        ZendeskConnector connector = new ZendeskConnectorFactory().create(
            settings(sandbox, sandbox.options().apiToken()), Clock.systemUTC(), wait -> { })) {
      Set<String> first = pullAll(connector, Cursor.BEGINNING);
      Instant from = sandbox.options().baseInstant().minus(Duration.ofDays(120));

      Cursor backfill = connector.ticketCursorFrom(from).orElseThrow();

      assertThat(backfill.value()).isEqualTo("from=" + from.getEpochSecond());
      assertThat(pullAll(connector, backfill)).isEqualTo(first);
    }
  }

  @Test
  void theConnectionTestPassesWithGoodCredentialsAndSaysAuthFailedWithBadOnes() throws Exception {
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(SandboxOptions.defaults()
        .withTicketCount(5));
        ZendeskConnector good = new ZendeskConnectorFactory().create(
            settings(sandbox, sandbox.options().apiToken()), Clock.systemUTC(), wait -> { });
        ZendeskConnector bad = new ZendeskConnectorFactory().create(
            settings(sandbox, "wrong-token"), Clock.systemUTC(), wait -> { })) {
      good.checkConnection();
      assertThatThrownBy(bad::checkConnection).isInstanceOf(AuthFailedException.class)
          .hasMessageNotContaining("wrong-token");
    }
  }
}
