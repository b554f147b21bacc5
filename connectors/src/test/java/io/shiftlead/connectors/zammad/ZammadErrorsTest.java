package io.shiftlead.connectors.zammad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.zammad.wire.ZammadJson;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZammadErrorsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "401, AuthFailedException",
      "403, AuthFailedException",
      "404, NotFoundException",
      "408, TransientException",
      "422, PermanentException",
      "400, PermanentException",
      "409, PermanentException",
      "429, RateLimitedException",
      "500, TransientException",
      "502, TransientException",
      "503, TransientException",
      "504, TransientException"})
  void eachStatusMapsToItsTypedError(int status, String type) {
    ConnectorException error = ZammadErrors.fromStatus(status, "ticket search", null, "{\"error\":\"x\"}");

    assertThat(error.getClass().getSimpleName()).isEqualTo(type);
    assertThat(error.getMessage()).contains("Zammad ticket search answered " + status);
  }

  @Test
  void onlyRateLimitedAndTransientErrorsAreRetriable() {
    assertThat(ZammadErrors.fromStatus(429, "x", "5", null).isRetriable()).isTrue();
    assertThat(ZammadErrors.fromStatus(503, "x", null, null).isRetriable()).isTrue();
    assertThat(ZammadErrors.fromStatus(401, "x", null, null)).isInstanceOf(AuthFailedException.class)
        .satisfies(e -> assertThat(e.isRetriable()).isFalse());
    assertThat(ZammadErrors.fromStatus(404, "x", null, null)).isInstanceOf(NotFoundException.class);
    assertThat(ZammadErrors.fromStatus(422, "x", null, null)).isInstanceOf(PermanentException.class);
  }

  @Test
  void a429CarriesItsRetryAfterOrADefaultMinuteWhenAbsentOrAnHttpDate() {
    assertThat(((RateLimitedException) ZammadErrors.fromStatus(429, "x", "7", null)).retryAfter())
        .isEqualTo(Duration.ofSeconds(7));
    assertThat(((RateLimitedException) ZammadErrors.fromStatus(429, "x", "2.5", null)).retryAfter())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(((RateLimitedException) ZammadErrors.fromStatus(429, "x", null, null)).retryAfter())
        .isEqualTo(ZammadErrors.DEFAULT_RETRY_AFTER);
    assertThat(((RateLimitedException) ZammadErrors.fromStatus(429, "x",
        "Wed, 21 Oct 2015 07:28:00 GMT", null)).retryAfter()).isEqualTo(ZammadErrors.DEFAULT_RETRY_AFTER);
  }

  @Test
  void longBodiesAreCutToASnippet() {
    String body = "x".repeat(1000);

    assertThat(ZammadErrors.fromStatus(500, "x", null, body).getMessage()).hasSizeLessThan(300).endsWith("...");
  }

  @Test
  void timeoutsAndTruncatedJsonAreTransient() {
    assertThat(ZammadErrors.fromIo("x", new SocketTimeoutException("timeout")))
        .isInstanceOf(TransientException.class);
    JsonProcessingException truncated = null;
    try {
      ZammadJson.mapper().readTree("[{\"id\": 1,");
    } catch (JsonProcessingException e) {
      truncated = e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(ZammadErrors.fromJson("x", truncated)).isInstanceOf(TransientException.class);
  }
}
