package io.shiftlead.connectors.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.shiftlead.connectors.freshdesk.wire.FreshdeskJson;
import io.shiftlead.connectors.freshdesk.wire.WireTicket;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreshdeskErrorsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "401, AuthFailedException", "403, AuthFailedException", "404, NotFoundException",
      "429, RateLimitedException", "500, TransientException", "502, TransientException",
      "503, TransientException", "504, TransientException", "400, PermanentException",
      "405, PermanentException", "409, PermanentException", "415, PermanentException"})
  void eachStatusMapsToItsTypedError(int status, String expected) {
    ConnectorException error = FreshdeskErrors.fromStatus(status, "ticket 1", null,
        "{\"description\":\"Validation failed\",\"errors\":[]}");

    assertThat(error.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(error.getMessage()).contains(String.valueOf(status)).contains("ticket 1");
  }

  @Test
  void onlyRateLimitedAndTransientAreRetriable() {
    assertThat(FreshdeskErrors.fromStatus(429, "x", "1", null).isRetriable()).isTrue();
    assertThat(FreshdeskErrors.fromStatus(503, "x", null, null).isRetriable()).isTrue();
    assertThat(FreshdeskErrors.fromStatus(401, "x", null, null).isRetriable()).isFalse();
    assertThat(FreshdeskErrors.fromStatus(404, "x", null, null).isRetriable()).isFalse();
    assertThat(FreshdeskErrors.fromStatus(400, "x", null, null).isRetriable()).isFalse();
  }

  @Test
  void aRateLimitCarriesTheRetryAfterSeconds() {
    RateLimitedException error = (RateLimitedException) FreshdeskErrors.fromStatus(429, "x", "7", null);

    assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aRateLimitWithoutOrWithAnUnreadableRetryAfterWaitsSixtySeconds() {
    assertThat(((RateLimitedException) FreshdeskErrors.fromStatus(429, "x", null, null)).retryAfter())
        .isEqualTo(Duration.ofSeconds(60));
    assertThat(((RateLimitedException) FreshdeskErrors.fromStatus(429, "x", "soon", null)).retryAfter())
        .isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aLongErrorBodyIsCutToASnippet() {
    ConnectorException error = FreshdeskErrors.fromStatus(400, "x", null, "y".repeat(5000));

    assertThat(error.getMessage().length()).isLessThan(300);
  }

  @Test
  void truncatedJsonAndTimeoutsAreTransient() {
    JsonProcessingException truncated = null;
    try {
      FreshdeskJson.mapper().readValue("[{\"id\": 1, \"subj", WireTicket[].class);
    } catch (JsonProcessingException e) {
      truncated = e;
    }

    assertThat(FreshdeskErrors.fromJson("ticket list", truncated)).isInstanceOf(TransientException.class);
    assertThat(FreshdeskErrors.fromIo("ticket list", new SocketTimeoutException("timeout")))
        .isInstanceOf(TransientException.class).hasMessageContaining("SocketTimeoutException");
  }
}
