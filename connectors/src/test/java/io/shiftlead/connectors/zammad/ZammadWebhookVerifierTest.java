package io.shiftlead.connectors.zammad;

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

class ZammadWebhookVerifierTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:05:01Z");

  private final ZammadWireMockFixture fixture = new ZammadWireMockFixture();
  private final ZammadWebhookVerifier verifier =
      new ZammadWebhookVerifier(ZammadWireMockFixture.WEBHOOK_SECRET);

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void theRecordedDeliverySignedWithTheTestTokenVerifiesAndNamesItsTicket() throws Exception {
    verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(), NOW);

    assertThat(verifier.ticketIds(fixture.webhookBody())).containsExactly("101");
    assertThat(verifier.deliveryId(fixture.webhookHeaders(), fixture.webhookBody()))
        .isEqualTo("9c3e1f6a-52b1-4f0e-8d7a-1e2b3c4d5e6f");
  }

  @Test
  void theSignatureIsSha1HexOfTheRawBodyWithTheToken() {
    assertThat(ZammadWebhookVerifier.signature(ZammadWireMockFixture.WEBHOOK_SECRET, fixture.webhookBody()))
        .isEqualTo(fixture.webhookHeaders().get(ZammadWebhookVerifier.SIGNATURE))
        .matches("sha1=[0-9a-f]{40}");
  }

  @Test
  void anUpperCaseHexSignatureStillVerifies() throws Exception {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.put(ZammadWebhookVerifier.SIGNATURE, headers.get(ZammadWebhookVerifier.SIGNATURE).toUpperCase());

    verifier.verify(headers, fixture.webhookBody(), NOW);
  }

  @Test
  void aForgedBodyIsRejectedWith401() {
    byte[] forged = new String(fixture.webhookBody(), StandardCharsets.UTF_8)
        .replaceFirst("\"id\": 101", "\"id\": 102").getBytes(StandardCharsets.UTF_8);

    assertRejected(fixture.webhookHeaders(), forged, 401, "does not match");
  }

  @Test
  void aSignatureMadeWithAnotherTokenIsRejectedWith401() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.put(ZammadWebhookVerifier.SIGNATURE,
        ZammadWebhookVerifier.signature("guessed", fixture.webhookBody()));

    assertRejected(headers, fixture.webhookBody(), 401, "does not match");
  }

  @Test
  void anUnsignedDeliveryIsRejectedWith401() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.remove(ZammadWebhookVerifier.SIGNATURE);

    assertRejected(headers, fixture.webhookBody(), 401, "unsigned");
  }

  @Test
  void aSignatureWithoutTheSha1PrefixOrNotHexIsRejectedWith401() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.put(ZammadWebhookVerifier.SIGNATURE, "sha256=abcd");
    assertRejected(headers, fixture.webhookBody(), 401, "sha1=");

    headers.put(ZammadWebhookVerifier.SIGNATURE, "sha1=not-hex!");
    assertRejected(headers, fixture.webhookBody(), 401, "not hex");
  }

  @Test
  void aReplayedDeliveryIdIsRejectedWith401EvenWithAValidSignature() throws Exception {
    verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(), NOW);

    assertThatThrownBy(() -> verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(),
        NOW.plus(Duration.ofHours(1))))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.getMessage()).contains("replayed");
        });
  }

  @Test
  void aDeliveryIdIsForgottenAfterTheMemoryWindowSoTheInboxIsTheDurableGuard() throws Exception {
    verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(), NOW);

    verifier.verify(fixture.webhookHeaders(), fixture.webhookBody(),
        NOW.plus(Duration.ofHours(ZammadWebhookVerifier.REMEMBER_HOURS)).plusSeconds(1));
  }

  @Test
  void aSignedDeliveryWithoutDeliveryIdIsRejectedBecauseItsReplayCouldNotBeDetected() {
    Map<String, String> headers = new HashMap<>(fixture.webhookHeaders());
    headers.remove(ZammadWebhookVerifier.DELIVERY);

    assertRejected(headers, fixture.webhookBody(), 401, "X-Zammad-Delivery");
  }

  @Test
  void aBodyWithoutTicketNamesNoTicketAndAnUnreadableBodyIs400() throws Exception {
    assertThat(verifier.ticketIds("{\"article\":{\"id\":5}}".getBytes(StandardCharsets.UTF_8))).isEmpty();

    assertThatThrownBy(() -> verifier.ticketIds("{\"ticket\":".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> verifier.ticketIds(new byte[0]))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  private void assertRejected(Map<String, String> headers, byte[] body, int status, String why) {
    assertThatThrownBy(() -> verifier.verify(headers, body, NOW))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.getMessage()).contains(why);
        });
  }
}
