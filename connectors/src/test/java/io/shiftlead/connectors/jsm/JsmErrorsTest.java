package io.shiftlead.connectors.jsm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsmErrorsTest {
  private static final Instant NOW = Instant.parse("2024-05-03T00:00:20Z");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "400, PermanentException", "401, AuthFailedException", "403, AuthFailedException",
      "404, NotFoundException", "409, PermanentException", "410, PermanentException",
      "429, RateLimitedException", "500, TransientException", "502, TransientException",
      "503, TransientException", "504, TransientException", "599, TransientException"})
  void eachStatusMapsToOneTypedError(int status, String type) {
    ConnectorException error = JsmErrors.fromStatus(status, "JQL search", null, null, "{}", NOW);

    assertThat(error.getClass().getSimpleName()).isEqualTo(type);
  }

  @Test
  void aRateLimitWaitsTheRetryAfterSeconds() {
    ConnectorException error = JsmErrors.fromStatus(429, "JQL search", "7", "2024-05-03T00:05Z", "", NOW);

    assertThat(error).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
  }

  @Test
  void aRateLimitWithoutRetryAfterWaitsUntilTheResetTimestamp() {
    ConnectorException error = JsmErrors.fromStatus(429, "JQL search", null, "2024-05-03T00:01Z", "", NOW);

    assertThat(error).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(40)));
  }

  @Test
  void aRateLimitWithNeitherHeaderWaitsTheDefault() {
    ConnectorException error = JsmErrors.fromStatus(429, "JQL search", "soon", "garbage", "", NOW);

    assertThat(error).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).isEqualTo(JsmErrors.DEFAULT_RETRY_AFTER));
  }

  @Test
  void aServiceUnavailableWithRetryAfterIsARateLimitWithThatWait() {
    ConnectorException error = JsmErrors.fromStatus(503, "JQL search", "12", null, "", NOW);

    assertThat(error).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(12)));
  }

  @Test
  void theMessageNamesTheCallAndKeepsOnlyASnippetOfTheBody() {
    ConnectorException error = JsmErrors.fromStatus(400, "edit of issue SD-1", null, null,
        "{\"errorMessages\":[],\"errors\":{\"customfield_10050\":\"Field cannot be set\"}}" + "x".repeat(500), NOW);

    assertThat(error).isInstanceOf(PermanentException.class);
    assertThat(error.getMessage()).startsWith("JSM edit of issue SD-1 answered 400")
        .contains("Field cannot be set").hasSizeLessThan(300);
  }

  @Test
  void ioFailuresAndUnreadableJsonAreTransient() {
    assertThat(JsmErrors.fromIo("JQL search", new SocketTimeoutException("timeout")))
        .isInstanceOf(TransientException.class);
    JsonProcessingException truncated = null;
    try {
      new ObjectMapper().readTree("{\"issues\": [");
    } catch (JsonProcessingException e) {
      truncated = e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(JsmErrors.fromJson("JQL search", truncated)).isInstanceOf(TransientException.class);
  }

  @Test
  void onlyRateLimitedAndTransientAreRetriable() {
    assertThat(new AuthFailedException("x").isRetriable()).isFalse();
    assertThat(new NotFoundException("x").isRetriable()).isFalse();
    assertThat(JsmErrors.fromStatus(429, "x", "1", null, null, NOW).isRetriable()).isTrue();
    assertThat(JsmErrors.fromStatus(500, "x", null, null, null, NOW).isRetriable()).isTrue();
  }
}
