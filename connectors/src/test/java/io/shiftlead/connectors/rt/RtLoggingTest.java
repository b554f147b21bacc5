package io.shiftlead.connectors.rt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.shiftlead.connectors.rt.http.RedactingLoggingInterceptor;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Debug logging shows each exchange but never the Authorization header or the RT token. */
class RtLoggingTest {
  private final RtWireMockFixture fixture = new RtWireMockFixture();
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
    try (RtConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
      connector.apply(new TicketUpdate("1", null, null, null, null, null, null,
          new InternalNote("note", "log-test-key-1"), true));
    }
    fixture.givenBadCredentials();
    Throwable refused;
    try (RtConnector connector = fixture.connector()) {
      refused = catchThrowable(() -> connector.pullTickets(Cursor.BEGINNING));
    }

    String log = String.join("\n", lines);
    assertThat(lines).isNotEmpty();
    assertThat(log).contains("/REST/2.0/tickets").contains("/REST/2.0/ticket/1/comment")
        .contains("Authorization=██");
    assertThat(log).doesNotContain(RtWireMockFixture.API_TOKEN).doesNotContain("revoked-token")
        .doesNotContain("Authorization=token");
    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).doesNotContain("revoked-token");
  }

  @Test
  void settingsAndConnectorNeverPrintTheToken() {
    try (RtConnector connector = fixture.connector()) {
      assertThat(connector.toString()).doesNotContain(RtWireMockFixture.API_TOKEN);
    }
    assertThat(RtSettings.from(fixture.settings(), java.time.Clock.systemUTC()).toString())
        .contains("apiToken=***").doesNotContain(RtWireMockFixture.API_TOKEN);
    assertThat(fixture.settings().toString()).doesNotContain(RtWireMockFixture.API_TOKEN);
  }
}
