package io.shiftlead.connectors.zammad;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.zammad.http.RedactingLoggingInterceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Debug logging shows each exchange but never the Authorization header or the token. */
class ZammadLoggingTest {
  private final ZammadWireMockFixture fixture = new ZammadWireMockFixture();
  private final List<String> lines = new ArrayList<>();
  private final Logger logger = Logger.getLogger(RedactingLoggingInterceptor.class.getName());
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previous;

  @BeforeEach
  void captureDebugLog() {
    previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(capture);
  }

  @AfterEach
  void restore() {
    logger.removeHandler(capture);
    logger.setLevel(previous);
    fixture.close();
  }

  @Test
  void theLogNamesRequestsButNeverTheAuthorizationHeaderOrTheToken() throws Exception {
    ZammadConnector connector = fixture.connector();
    connector.pullTickets(Cursor.BEGINNING);
    connector.apply(new TicketUpdate("101", null, java.util.Set.of("vip"), null, null, null, null,
        new InternalNote("note", "t1:101:log-1"), true));
    fixture.givenBadCredentials();
    try {
      fixture.connector().pullTickets(Cursor.BEGINNING);
    } catch (Exception expected) {
      // 401: the failure path logs too
    }

    String log = String.join("\n", lines);
    assertThat(lines).isNotEmpty();
    assertThat(log).contains("/api/v1/tickets/search").contains("/api/v1/tags/add")
        .contains("Authorization=██");
    assertThat(log).doesNotContain(ZammadWireMockFixture.API_TOKEN).doesNotContain("revoked-token")
        .doesNotContain("Token token=");
  }

  @Test
  void settingsAndConnectorsPrintNoSecret() {
    String printed = fixture.settings().toString() + fixture.connector()
        + ZammadSettings.from(fixture.settings(), java.time.Clock.systemUTC());

    assertThat(printed).doesNotContain(ZammadWireMockFixture.API_TOKEN)
        .doesNotContain(ZammadWireMockFixture.WEBHOOK_SECRET);
  }
}
