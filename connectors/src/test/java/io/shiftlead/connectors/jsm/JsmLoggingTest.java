package io.shiftlead.connectors.jsm;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.jsm.http.RedactingLoggingInterceptor;
import io.shiftlead.connectors.spi.Cursor;
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

/** Debug logging shows each exchange but never the Authorization header or the API token. */
class JsmLoggingTest {
  private final JsmWireMockFixture fixture = new JsmWireMockFixture();
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
    try (JsmConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    }
    fixture.givenBadCredentials();
    try (JsmConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    } catch (Exception expected) {
      // 401: the failure path logs too, and its message must not carry the token either
      assertThat(String.valueOf(expected.getMessage())).doesNotContain("revoked-token");
    }

    String log = String.join("\n", lines);
    String basic = Base64.getEncoder().encodeToString(
        (JsmWireMockFixture.EMAIL + ":" + JsmWireMockFixture.API_TOKEN).getBytes(StandardCharsets.UTF_8));
    assertThat(lines).isNotEmpty();
    assertThat(log).contains("/rest/api/3/search/jql").contains("/rest/servicedeskapi/request/SD-1/comment")
        .contains("Authorization=██");
    assertThat(log).doesNotContain(JsmWireMockFixture.API_TOKEN).doesNotContain("revoked-token")
        .doesNotContain(basic).doesNotContain("Authorization=Basic");
  }

  @Test
  void settingsAndConnectorNeverPrintTheTokenOrTheWebhookSecret() {
    try (JsmConnector connector = fixture.connector()) {
      String shown = connector + " " + JsmSettings.from(fixture.settings(), java.time.Clock.systemUTC())
          + " " + fixture.settings();
      assertThat(shown).doesNotContain(JsmWireMockFixture.API_TOKEN)
          .doesNotContain(JsmWireMockFixture.WEBHOOK_SECRET);
    }
  }
}
