package io.shiftlead.connectors.rt;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RT's statuses (bodies recorded from RT 5.0.3) become the SPI's typed errors in one place. */
class RtErrorsTest {
  private final RtWireMockFixture fixture = new RtWireMockFixture();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "401, AuthFailedException", "403, AuthFailedException", "302, AuthFailedException",
      "404, NotFoundException", "409, PermanentException", "412, PermanentException",
      "400, PermanentException", "429, RateLimitedException", "500, TransientException",
      "502, TransientException", "503, TransientException"})
  void eachStatusMapsToItsTypedError(int status, String expected) {
    ConnectorException error = RtErrors.fromStatus(status, "ticket search", null, "{\"message\":\"x\"}");

    assertThat(error.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(error.isRetriable()).isEqualTo(status == 429 || status >= 500);
  }

  @Test
  void aRecordedUnauthorizedBodyIsAuthFailedAndKeepsRtsMessage() {
    ConnectorException error = RtErrors.fromStatus(401, "ticket 1", null, fixture.read("__files/errors/unauthorized.json"));

    assertThat(error).isInstanceOf(AuthFailedException.class).hasMessageContaining("Unauthorized");
  }

  @Test
  void permissionDeniedIsAnAuthProblemForAnAdminNotABadRequest() {
    ConnectorException error = RtErrors.fromStatus(400, "comment on ticket 1", null,
        "{\"message\":\"Permission Denied\"}");

    assertThat(error).isInstanceOf(AuthFailedException.class).hasMessageContaining("right");
  }

  @Test
  void aRecordedBadTicketSqlAnswerIsPermanent() {
    ConnectorException error = RtErrors.fromStatus(400, "ticket search", null, fixture.read("__files/errors/bad_query.json"));

    assertThat(error).isInstanceOf(PermanentException.class).hasMessageContaining("Wrong query");
  }

  @Test
  void aRecordedNotFoundIsNotFound() {
    assertThat(RtErrors.fromStatus(404, "ticket 999999", null, fixture.read("__files/errors/ticket_not_found.json")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void rateLimitedHonoursRetryAfterAndDefaultsWithoutIt() {
    RateLimitedException with = (RateLimitedException) RtErrors.fromStatus(429, "x", "7", "");
    RateLimitedException without = (RateLimitedException) RtErrors.fromStatus(429, "x", null, "");
    RateLimitedException httpDate = (RateLimitedException) RtErrors.fromStatus(429, "x",
        "Wed, 21 Oct 2015 07:28:00 GMT", "");

    assertThat(with.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(without.retryAfter()).isEqualTo(RtErrors.DEFAULT_RETRY_AFTER);
    assertThat(httpDate.retryAfter()).isEqualTo(RtErrors.DEFAULT_RETRY_AFTER);
  }

  @Test
  void longBodiesAreCutToASnippet() {
    ConnectorException error = RtErrors.fromStatus(500, "x", null, "e".repeat(5000));

    assertThat(error).isInstanceOf(TransientException.class);
    assertThat(error.getMessage().length()).isLessThan(300);
  }

  @Test
  void aRefusalInsideA200IsPermanent() {
    assertThat(RtErrors.refused("the update of ticket 1", "Invalid value for custom field"))
        .isInstanceOf(PermanentException.class).hasMessageContaining("Invalid value");
  }

  @org.junit.jupiter.api.AfterEach
  void stop() {
    fixture.close();
  }
}
