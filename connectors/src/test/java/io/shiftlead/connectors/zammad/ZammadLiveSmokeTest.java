package io.shiftlead.connectors.zammad;

import io.shiftlead.connectors.support.Sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.model.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Read-only checks against a real Zammad, opt-in: set {@code ZAMMAD_LIVE_BASE_URL} and
 * {@code ZAMMAD_LIVE_API_TOKEN}; without them the test is skipped. It checks what fixtures cannot: that
 * the escaped full-instant range query ({@code updated_at:>=2024-05-01T10\:00\:00Z}) really filters.
 */
class ZammadLiveSmokeTest {

  @Test
  void theUpdatedAtRangeQueryReturnsOnlyTicketsChangedSinceTheStart() throws Exception {
    String baseUrl = System.getenv("ZAMMAD_LIVE_BASE_URL");
    String token = System.getenv("ZAMMAD_LIVE_API_TOKEN");
    assumeTrue(baseUrl != null && !baseUrl.isBlank() && token != null && !token.isBlank(),
        "ZAMMAD_LIVE_BASE_URL / ZAMMAD_LIVE_API_TOKEN not set");
    Instant since = Instant.now().minus(Duration.ofDays(7));
    ConnectorSettings settings = new ConnectorSettings("live", Map.of(
        ZammadSettings.BASE_URL, baseUrl, ZammadSettings.API_TOKEN, token,
        ZammadSettings.START_TIME, since.toString(), ZammadSettings.PAGE_SIZE, "5",
        ZammadSettings.MAX_RETRIES, "1"));

    try (ZammadConnector connector = new ZammadConnectorFactory().create(settings, Clock.systemUTC(),
        Sleeper.REAL)) {
      Page<Ticket> page = connector.pullTickets(Cursor.BEGINNING);

      assertThat(page.items()).allSatisfy(t -> assertThat(t.updatedAt()).isAfterOrEqualTo(since));
    }
  }
}
