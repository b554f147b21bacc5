package io.shiftlead.connectors.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreshdeskWebhookVerifierTest {
  private static final String SECRET = "s3cret-token-of-acme";
  private static final Instant SENT = Instant.parse("2024-05-01T10:05:00Z");
  private static final byte[] BODY =
      "{\"freshdesk_webhook\":{\"ticket_id\":101}}".getBytes(StandardCharsets.UTF_8);

  private final FreshdeskWebhookVerifier verifier =
      new FreshdeskWebhookVerifier(SECRET, Duration.ofMinutes(5));

  private static Map<String, String> headers(String token, String timestamp) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (token != null) {
      headers.put(FreshdeskWebhookVerifier.TOKEN, token);
    }
    if (timestamp != null) {
      headers.put(FreshdeskWebhookVerifier.TIMESTAMP, timestamp);
    }
    return headers;
  }

  @Test
  void aDeliveryWithTheSecretInsideTheWindowIsAccepted() {
    assertThatCode(() -> verifier.verify(headers(SECRET, SENT.toString()), BODY, SENT.plusSeconds(30)))
        .doesNotThrowAnyException();
  }

  @Test
  void anOffsetTimestampIsReadAsAnInstant() {
    assertThatCode(() -> verifier.verify(headers(SECRET, "2024-05-01T15:35:00+05:30"), BODY, SENT))
        .doesNotThrowAnyException();
  }

  @Test
  void aForgedTokenIsRejectedWith401() {
    assertRejected(headers("s3cret-token-of-acmf", SENT.toString()), SENT);
    assertRejected(headers(SECRET + "x", SENT.toString()), SENT);
    assertRejected(headers("", SENT.toString()), SENT);
  }

  @Test
  void aStaleDeliveryIsRejectedWith401() {
    assertRejected(headers(SECRET, SENT.toString()), SENT.plus(Duration.ofMinutes(6)));
  }

  @Test
  void aTimestampFromTheFutureBeyondTheWindowIsRejected() {
    assertRejected(headers(SECRET, SENT.toString()), SENT.minus(Duration.ofMinutes(6)));
  }

  @Test
  void aReplayedDeliveryLongAfterItWasSentIsRejected() {
    assertRejected(headers(SECRET, SENT.toString()), SENT.plus(Duration.ofDays(1)));
  }

  @Test
  void aDeliveryWithoutTokenOrTimestampIsRejectedAsUnsigned() {
    assertRejected(headers(null, SENT.toString()), SENT);
    assertRejected(headers(SECRET, null), SENT);
    assertRejected(Map.of(), SENT);
  }

  @Test
  void anUnreadableTimestampIsRejected() {
    assertRejected(headers(SECRET, "Wed, 1 May 2024 10:05 AM"), SENT);
  }

  @Test
  void theTicketIdIsReadFromTheFreshdeskWrapperOrTheTopLevel() throws Exception {
    assertThat(verifier.ticketIds(BODY)).containsExactly("101");
    assertThat(verifier.ticketIds("{\"ticket_id\": \"102\"}".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("102");
    assertThat(verifier.ticketIds("{\"event\": \"other\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void anUnreadableBodyOrANonNumericTicketIdIsRejectedWith400() {
    for (String body : new String[] {"", "not json", "[1,2]", "{\"ticket_id\": \"{{ticket.id}}\"}"}) {
      assertThatThrownBy(() -> verifier.ticketIds(body.getBytes(StandardCharsets.UTF_8)))
          .as(body).isInstanceOfSatisfying(WebhookRejectedException.class,
              e -> assertThat(e.status()).isEqualTo(400));
    }
  }

  @Test
  void theDeliveryIdIsStableForARedeliveryAndDiffersForAnotherDelivery() {
    String first = verifier.deliveryId(headers(SECRET, SENT.toString()), BODY);
    String again = verifier.deliveryId(headers(SECRET, SENT.toString()), BODY);
    String other = verifier.deliveryId(headers(SECRET, SENT.plusSeconds(1).toString()), BODY);

    assertThat(first).isNotBlank().isEqualTo(again).isNotEqualTo(other).doesNotContain(SECRET);
  }

  @Test
  void theRecordedFixtureDeliveriesVerifyAndNameTheirTickets() throws Exception {
    FreshdeskWireMockFixture fixture = new FreshdeskWireMockFixture();
    try {
      FreshdeskWebhookVerifier fromFixture = new FreshdeskWebhookVerifier(
          FreshdeskWireMockFixture.WEBHOOK_SECRET, Duration.ofMinutes(5));
      Map<String, String> headers = fixture.webhookHeaders();

      fromFixture.verify(headers, fixture.webhookBody(), SENT.plusSeconds(1));

      assertThat(fromFixture.ticketIds(fixture.webhookBody())).containsExactly("101");
      assertThat(fromFixture.ticketIds(fixture.bytes("webhooks/ticket_created_plain.json")))
          .containsExactly("102");
    } finally {
      fixture.close();
    }
  }

  @Test
  void anAdminSetDeliveryIdHeaderWins() {
    Map<String, String> headers = headers(SECRET, SENT.toString());
    headers.put(FreshdeskWebhookVerifier.DELIVERY_ID, "evt-42");

    assertThat(verifier.deliveryId(headers, BODY)).isEqualTo("evt-42");
  }

  private void assertRejected(Map<String, String> headers, Instant now) {
    assertThatThrownBy(() -> verifier.verify(headers, BODY, now))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.getMessage()).doesNotContain(SECRET);
        });
  }
}
