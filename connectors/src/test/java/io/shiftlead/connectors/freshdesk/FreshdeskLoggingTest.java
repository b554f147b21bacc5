package io.shiftlead.connectors.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.freshdesk.http.RedactingLoggingInterceptor;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Debug logging shows each exchange but never the API key, in clear or encoded. */
class FreshdeskLoggingTest {
  private final FreshdeskWireMockFixture fixture = new FreshdeskWireMockFixture();
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
  void theLogNamesRequestsButNeverTheApiKeyOrItsBasicHeader() throws Exception {
    try (FreshdeskConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
      connector.apply(new TicketUpdate("101", null, null, null, null, null, null,
          new InternalNote("note", "log-test-key-1"), true));
    }
    fixture.givenBadCredentials();
    try (FreshdeskConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    } catch (Exception expected) {
      // 401: the failure path logs too
    }

    String log = String.join("\n", lines);
    String basic = Base64.getEncoder().encodeToString(
        (FreshdeskWireMockFixture.API_KEY + ":X").getBytes(StandardCharsets.UTF_8));
    assertThat(lines).isNotEmpty();
    assertThat(log).contains("/api/v2/tickets").contains("Authorization=██").contains("<-- 401");
    assertThat(log).doesNotContain(FreshdeskWireMockFixture.API_KEY).doesNotContain("revoked-api-key")
        .doesNotContain(basic).doesNotContain("Authorization=Basic");
  }

  @Test
  void errorMessagesNeverCarryTheApiKey() {
    fixture.givenBadCredentials();
    try (FreshdeskConnector connector = fixture.connector()) {
      connector.fetchTicket("101");
    } catch (Exception e) {
      assertThat(e.toString()).doesNotContain("revoked-api-key");
      return;
    }
    throw new AssertionError("401 expected");
  }
}
