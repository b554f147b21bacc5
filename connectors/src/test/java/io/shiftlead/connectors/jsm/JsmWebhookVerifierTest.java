package io.shiftlead.connectors.jsm;

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

class JsmWebhookVerifierTest {
  /** The recorded delivery's payload {@code timestamp}: 1714557900000. */
  private static final Instant SENT_AT = Instant.parse("2024-05-01T10:05:00Z");

  private final JsmWireMockFixture fixture = new JsmWireMockFixture();
  private final JsmWebhookVerifier verifier =
      new JsmWebhookVerifier(JsmWireMockFixture.WEBHOOK_SECRET, Duration.ofSeconds(300), "SD");

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void theRecordedDeliverySignedWithTheTestSecretVerifies() throws Exception {
    verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(), SENT_AT.plusSeconds(2));
  }

  @Test
  void aDeliveryWithinTheWindowBeforeOrAfterItsTimestampVerifies() throws Exception {
    verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(), SENT_AT.minusSeconds(299));
    verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(), SENT_AT.plusSeconds(300));
  }

  @Test
  void anUppercaseHexSignatureVerifiesToo() throws Exception {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.put(JsmWebhookVerifier.SIGNATURE, "sha256="
        + headers.get(JsmWebhookVerifier.SIGNATURE).substring(7).toUpperCase());

    verifier.verify(headers, fixture.webhookBody(), SENT_AT);
  }

  @Test
  void anUnsignedDeliveryIsRejectedWith401() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.remove(JsmWebhookVerifier.SIGNATURE);

    assertRejected(headers, fixture.webhookBody(), SENT_AT, 401);
  }

  @Test
  void aSignatureMadeWithAnotherSecretIsRejectedWith401() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.put(JsmWebhookVerifier.SIGNATURE, JsmWebhookVerifier.signature("guessed", fixture.webhookBody()));

    assertRejected(headers, fixture.webhookBody(), SENT_AT, 401);
  }

  @Test
  void aForgedBodyUnderAGenuineSignatureIsRejectedWith401() {
    byte[] forged = new String(fixture.webhookBody(), StandardCharsets.UTF_8)
        .replace("SD-1", "SD-2").getBytes(StandardCharsets.UTF_8);

    assertRejected(fixture.webhookHeaders(), forged, SENT_AT, 401);
  }

  @Test
  void aSignatureWithoutTheSha256PrefixOrNotHexIsRejectedWith401() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.put(JsmWebhookVerifier.SIGNATURE, headers.get(JsmWebhookVerifier.SIGNATURE).substring(7));
    assertRejected(headers, fixture.webhookBody(), SENT_AT, 401);

    headers.put(JsmWebhookVerifier.SIGNATURE, "sha256=not-hex!!");
    assertRejected(headers, fixture.webhookBody(), SENT_AT, 401);
  }

  @Test
  void aStaleDeliveryOutsideTheReplayWindowIsRejectedWith401() {
    assertRejected(fixture.webhookHeaders(), fixture.webhookBody(), SENT_AT.plusSeconds(301), 401);
    assertRejected(fixture.webhookHeaders(), fixture.webhookBody(), SENT_AT.minusSeconds(301), 401);
  }

  @Test
  void aSignedDeliveryWithoutTimestampIsAcceptedOnItsSignature() throws Exception {
    byte[] body = "{\"webhookEvent\":\"jira:issue_created\",\"issue\":{\"id\":\"10001\",\"key\":\"SD-1\"}}"
        .getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = Map.of(JsmWebhookVerifier.SIGNATURE,
        JsmWebhookVerifier.signature(JsmWireMockFixture.WEBHOOK_SECRET, body));

    verifier.verify(headers, body, SENT_AT.plus(Duration.ofDays(30)));
    assertThat(verifier.ticketIds(body)).containsExactly("SD-1");
  }

  @Test
  void theTicketIsTheIssueKeyAndTheDeliveryIdTheAtlassianIdentifier() throws Exception {
    assertThat(verifier.ticketIds(fixture.webhookBody())).containsExactly("SD-1");
    assertThat(verifier.deliveryId(fixture.webhookHeaders(), fixture.webhookBody()))
        .isEqualTo("3f9b2c1e-8d4a-4b7e-9f0a-1c2d3e4f5a6b");
  }

  @Test
  void withoutTheIdentifierHeaderTheDeliveryIdComesFromEventIssueAndTimestamp() {
    assertThat(verifier.deliveryId(Map.of(), fixture.webhookBody()))
        .isEqualTo("jira:issue_updated:10001:1714557900000");
  }

  @Test
  void issuesOfOtherProjectsAndEventsWithoutIssueNameNoTicket() throws Exception {
    assertThat(verifier.ticketIds("{\"issue\":{\"key\":\"HR-7\"}}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(verifier.ticketIds("{\"webhookEvent\":\"sprint_started\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void anUnreadableBodyIsRejectedWith400WhenAskedForTickets() {
    assertThatThrownBy(() -> verifier.ticketIds("{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> verifier.ticketIds(new byte[0]))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  private void assertRejected(Map<String, String> headers, byte[] body, Instant now, int status) {
    assertThatThrownBy(() -> verifier.verify(headers, body, now))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(status));
  }
}
