package io.shiftlead.connectors.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.zendesk.wire.IncrementalTicketsResponse;
import io.shiftlead.connectors.zendesk.wire.ZendeskJson;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZendeskErrorsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "401, AuthFailedException", "403, AuthFailedException", "404, NotFoundException",
      "429, RateLimitedException", "500, TransientException", "502, TransientException",
      "503, TransientException", "504, TransientException", "400, PermanentException",
      "409, PermanentException", "422, PermanentException"})
  void eachStatusMapsToItsTypedError(int status, String expected) {
    ConnectorException error = ZendeskErrors.fromStatus(status, "ticket 1", null, "{\"error\":\"x\"}");

    assertThat(error.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(error.getMessage()).contains(String.valueOf(status)).contains("ticket 1");
  }

  @Test
  void onlyRateLimitedAndTransientAreRetriable() {
    assertThat(ZendeskErrors.fromStatus(429, "x", "1", null).isRetriable()).isTrue();
    assertThat(ZendeskErrors.fromStatus(503, "x", null, null).isRetriable()).isTrue();
    assertThat(ZendeskErrors.fromStatus(401, "x", null, null)).isInstanceOf(AuthFailedException.class)
        .matches(e -> !((ConnectorException) e).isRetriable());
    assertThat(ZendeskErrors.fromStatus(404, "x", null, null)).isInstanceOf(NotFoundException.class);
    assertThat(ZendeskErrors.fromStatus(422, "x", null, null)).isInstanceOf(PermanentException.class);
  }

  @Test
  void aRateLimitCarriesTheRetryAfterSeconds() {
    RateLimitedException error = (RateLimitedException) ZendeskErrors.fromStatus(429, "x", "7", "slow down");

    assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aRateLimitWithoutOrWithAnUnreadableRetryAfterWaitsSixtySeconds() {
    assertThat(((RateLimitedException) ZendeskErrors.fromStatus(429, "x", null, null)).retryAfter())
        .isEqualTo(Duration.ofSeconds(60));
    assertThat(((RateLimitedException) ZendeskErrors.fromStatus(429, "x", "Wed, 21 Oct 2015 07:28:00 GMT", null))
        .retryAfter()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void ioFailuresAndTruncatedJsonAreTransient() {
    assertThat(ZendeskErrors.fromIo("x", new SocketTimeoutException("timeout")))
        .isInstanceOf(TransientException.class);
    JsonProcessingException truncated = null;
    try {
      ZendeskJson.mapper().readValue("{\"tickets\":[{\"id\":1,\"sub", IncrementalTicketsResponse.class);
    } catch (JsonProcessingException e) {
      truncated = e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(ZendeskErrors.fromJson("export", truncated)).isInstanceOf(TransientException.class);
  }

  @Test
  void aLongPlainTextBodyIsShortenedInTheMessage() {
    String body = "x".repeat(5000);

    assertThat(ZendeskErrors.fromStatus(500, "x", null, body).getMessage()).hasSizeLessThan(300);
  }
}
