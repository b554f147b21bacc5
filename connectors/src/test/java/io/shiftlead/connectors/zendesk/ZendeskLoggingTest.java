package io.shiftlead.connectors.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.zendesk.http.RedactingLoggingInterceptor;
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

/** Debug logging shows each exchange but never the Authorization header or the token. */
class ZendeskLoggingTest {
  private final ZendeskWireMockFixture fixture = new ZendeskWireMockFixture();
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
    try (ZendeskConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    }
    fixture.givenBadCredentials();
    try (ZendeskConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    } catch (Exception expected) {
      // 401: the failure path logs too
    }

    String log = String.join("\n", lines);
    String basic = Base64.getEncoder().encodeToString(
        (ZendeskWireMockFixture.EMAIL + "/token:" + ZendeskWireMockFixture.API_TOKEN).getBytes(StandardCharsets.UTF_8));
    assertThat(lines).isNotEmpty();
    assertThat(log).contains("/api/v2/incremental/tickets/cursor.json").contains("Authorization=██");
    assertThat(log).doesNotContain(ZendeskWireMockFixture.API_TOKEN).doesNotContain("revoked-token")
        .doesNotContain(basic).doesNotContain("Authorization=Basic");
  }
}
