package io.shiftlead.connectors.freshdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.freshdesk.wire.FreshdeskJson;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.WebhookRejectedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks deliveries of a Freshdesk automation's "Trigger webhook" action. Freshdesk signs nothing, so
 * the admin configures two custom headers: {@code X-Shiftlead-Webhook-Token} carrying the shared
 * secret (compared in constant time) and {@code X-Shiftlead-Webhook-Timestamp}, an ISO-8601 instant
 * that must lie inside the replay window.
 *
 * <p><b>What this does not give.</b> The token is a bearer secret and the timestamp is not signed:
 * whoever holds the token can send any delivery. The window only refuses stale re-deliveries; the
 * plugin treats a delivery as a hint and re-reads the ticket through the API, so a forged hint costs
 * a read, never a wrong write.
 *
 * <p>Bodies: {@code {"freshdesk_webhook": {"ticket_id": 123}}} (Freshdesk's placeholder-generated
 * body) or {@code {"ticket_id": 123}}.
 */
public final class FreshdeskWebhookVerifier implements WebhookHandler {
  public static final String TOKEN = "x-shiftlead-webhook-token";
  public static final String TIMESTAMP = "x-shiftlead-webhook-timestamp";
  /** Optional: an admin-set delivery id; without it the id is a hash of timestamp and body. */
  public static final String DELIVERY_ID = "x-shiftlead-webhook-id";

  private final byte[] secret;
  private final Duration replayWindow;
  private final ObjectMapper mapper = FreshdeskJson.mapper();

  public FreshdeskWebhookVerifier(String secret, Duration replayWindow) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.replayWindow = replayWindow;
  }

  @Override
  public void verify(Map<String, String> headers, byte[] body, Instant now)
      throws WebhookRejectedException {
    String token = header(headers, TOKEN);
    String timestamp = header(headers, TIMESTAMP);
    if (token == null || timestamp == null) {
      throw new WebhookRejectedException(401, "Freshdesk webhook delivery without token or timestamp");
    }
    // constant time: MessageDigest.isEqual does not stop at the first differing byte
    if (!MessageDigest.isEqual(secret, token.trim().getBytes(StandardCharsets.UTF_8))) {
      throw new WebhookRejectedException(401, "Freshdesk webhook token does not match");
    }
    Instant sentAt;
    try {
      sentAt = OffsetDateTime.parse(timestamp.trim()).toInstant();
    } catch (DateTimeException e) {
      throw new WebhookRejectedException(401, "Freshdesk webhook timestamp unreadable: " + timestamp);
    }
    if (Duration.between(sentAt, now).abs().compareTo(replayWindow) > 0) {
      throw new WebhookRejectedException(401, "Freshdesk webhook timestamp " + timestamp
          + " outside the replay window of " + replayWindow.toSeconds() + " s");
    }
  }

  @Override
  public List<String> ticketIds(byte[] body) throws WebhookRejectedException {
    JsonNode root = read(body);
    if (root == null || !root.isObject()) {
      throw new WebhookRejectedException(400, "Freshdesk webhook body is not a JSON object");
    }
    JsonNode wrapped = root.get("freshdesk_webhook");
    String id = text(wrapped != null && wrapped.isObject() ? wrapped.get("ticket_id") : root.get("ticket_id"));
    if (id == null) {
      return List.of();
    }
    if (!id.chars().allMatch(Character::isDigit)) {
      throw new WebhookRejectedException(400, "Freshdesk webhook ticket_id is not a number: " + id);
    }
    return List.of(id);
  }

  @Override
  public String deliveryId(Map<String, String> headers, byte[] body) {
    String given = header(headers, DELIVERY_ID);
    if (given != null && !given.isBlank()) {
      return given.trim();
    }
    // Freshdesk sends no delivery id; a retry of the same delivery repeats timestamp and body
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String timestamp = header(headers, TIMESTAMP);
      sha.update((timestamp == null ? "" : timestamp.trim()).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(body == null ? new byte[0] : body);
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private JsonNode read(byte[] body) throws WebhookRejectedException {
    if (body == null || body.length == 0) {
      throw new WebhookRejectedException(400, "empty Freshdesk webhook body");
    }
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw new WebhookRejectedException(400, "Freshdesk webhook body is not JSON");
    }
  }

  private static String header(Map<String, String> headers, String name) {
    return headers == null ? null : headers.get(name);
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
      return null;
    }
    String value = node.asText().trim();
    return value.isEmpty() ? null : value;
  }
}
