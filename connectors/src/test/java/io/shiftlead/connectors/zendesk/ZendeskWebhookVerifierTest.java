package io.shiftlead.connectors.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZendeskWebhookVerifierTest {
  private static final Instant SIGNED_AT = Instant.parse("2024-05-01T10:05:00Z");

  private final ZendeskWireMockFixture fixture = new ZendeskWireMockFixture();
  private final ZendeskWebhookVerifier verifier =
      new ZendeskWebhookVerifier(ZendeskWireMockFixture.WEBHOOK_SECRET, Duration.ofSeconds(300));

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void theRecordedDeliverySignedWithTheTestSecretVerifies() throws Exception {
    verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(), SIGNED_AT.plusSeconds(2));
  }

  @Test
  void aDeliveryWithinTheWindowBeforeOrAfterVerifies() throws Exception {
    verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(), SIGNED_AT.minusSeconds(299));
    verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(), SIGNED_AT.plusSeconds(300));
  }

  @Test
  void aMissingSignatureIsRejectedWith401() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.remove(ZendeskWebhookVerifier.SIGNATURE);

    assertRejected(headers, fixture.webhookBody(), SIGNED_AT, 401);
  }

  @Test
  void aSignatureMadeWithAnotherSecretIsRejectedWith401() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.put(ZendeskWebhookVerifier.SIGNATURE, ZendeskWebhookVerifier.signature("guessed",
        headers.get(ZendeskWebhookVerifier.TIMESTAMP), fixture.webhookBody()));

    assertRejected(headers, fixture.webhookBody(), SIGNED_AT, 401);
  }

  @Test
  void aSignatureThatIsNotBase64IsRejectedWith401() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.put(ZendeskWebhookVerifier.SIGNATURE, "not base64 !!");

    assertRejected(headers, fixture.webhookBody(), SIGNED_AT, 401);
  }

  @Test
  void aTimestampMovedToDefeatTheWindowBreaksTheSignature() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.put(ZendeskWebhookVerifier.TIMESTAMP, "2024-05-02T10:05:00Z");

    assertRejected(headers, fixture.webhookBody(), Instant.parse("2024-05-02T10:05:00Z"), 401);
  }

  @Test
  void anOldDeliveryIsRejectedAsAReplayWith401() {
    assertRejected(fixture.webhookHeaders(), fixture.webhookBody(), SIGNED_AT.plusSeconds(301), 401);
  }

  @Test
  void theEventEnvelopeNamesItsTicketFromDetail() throws Exception {
    assertThat(verifier.ticketIds(fixture.webhookBody())).containsExactly("35436");
  }

  @Test
  void theSubjectNamesTheTicketWhenDetailHasNoId() throws Exception {
    byte[] body = "{\"type\":\"zen:event-type:ticket.status_changed\",\"subject\":\"zen:ticket:77\",\"detail\":{}}"
        .getBytes(StandardCharsets.UTF_8);

    assertThat(verifier.ticketIds(body)).containsExactly("77");
  }

  @Test
  void aTriggerStyleBodyNamesItsTicket() throws Exception {
    assertThat(verifier.ticketIds("{\"ticket_id\":\"35436\"}".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("35436");
    assertThat(verifier.ticketIds("{\"ticket_id\":35437}".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("35437");
  }

  @Test
  void nonTicketEventsConcernNoTicket() throws Exception {
    byte[] body = "{\"type\":\"zen:event-type:user.created\",\"detail\":{\"id\":\"5\"}}".getBytes(StandardCharsets.UTF_8);

    assertThat(verifier.ticketIds(body)).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonIsRejectedWith400() {
    assertThatThrownBy(() -> verifier.ticketIds("ticket=1".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> verifier.ticketIds(new byte[0]))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void theDeliveryIdIsTheInvocationIdHeaderOrElseTheEnvelopeId() {
    assertThat(verifier.deliveryId(fixture.webhookHeaders(), fixture.webhookBody())).isEqualTo("8351702151421");
    assertThat(verifier.deliveryId(Map.of(), fixture.webhookBody()))
        .isEqualTo("cbe4028c-7239-495d-b020-f22348516046");
    assertThat(verifier.deliveryId(Map.of(), "{\"ticket_id\":\"1\"}".getBytes(StandardCharsets.UTF_8))).isNull();
  }

  private void assertRejected(Map<String, String> headers, byte[] body, Instant now, int status) {
    assertThatThrownBy(() -> verifier.verify(headers, body, now))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(status));
  }
}
