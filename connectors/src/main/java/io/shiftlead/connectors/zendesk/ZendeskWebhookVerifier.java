package io.shiftlead.connectors.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.WebhookRejectedException;
import io.shiftlead.connectors.zendesk.wire.ZendeskJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Zendesk webhook deliveries: {@code X-Zendesk-Webhook-Signature} must be
 * {@code base64(HMAC-SHA256(secret, timestamp + rawBody))} with the timestamp of
 * {@code X-Zendesk-Webhook-Signature-Timestamp} inside the replay window. Reads ticket ids from
 * event-subscription envelopes ({@code zen:event-type:ticket.*}) and trigger bodies
 * ({@code {"ticket_id": "35436"}}).
 */
public final class ZendeskWebhookVerifier implements WebhookHandler {
  public static final String SIGNATURE = "x-zendesk-webhook-signature";
  public static final String TIMESTAMP = "x-zendesk-webhook-signature-timestamp";
  public static final String INVOCATION_ID = "x-zendesk-webhook-invocation-id";
  private static final String TICKET_EVENT = "zen:event-type:ticket.";
  private static final String TICKET_SUBJECT = "zen:ticket:";

  private final byte[] secret;
  private final Duration replayWindow;
  private final ObjectMapper mapper = ZendeskJson.mapper();

  public ZendeskWebhookVerifier(String secret, Duration replayWindow) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.replayWindow = replayWindow;
  }

  @Override
  public void verify(Map<String, String> headers, byte[] body, Instant now)
      throws WebhookRejectedException {
    String signature = header(headers, SIGNATURE);
    String timestamp = header(headers, TIMESTAMP);
    if (signature == null || timestamp == null) {
      throw new WebhookRejectedException(401, "unsigned Zendesk webhook delivery");
    }
    byte[] expected = sign(secret, timestamp, body);
    byte[] given;
    try {
      given = Base64.getDecoder().decode(signature.trim());
    } catch (IllegalArgumentException notBase64) {
      throw new WebhookRejectedException(401, "Zendesk webhook signature is not base64");
    }
    if (!MessageDigest.isEqual(expected, given)) {
      throw new WebhookRejectedException(401, "Zendesk webhook signature does not match");
    }
    Instant signedAt;
    try {
      signedAt = OffsetDateTime.parse(timestamp.trim()).toInstant();
    } catch (DateTimeException e) {
      throw new WebhookRejectedException(401, "Zendesk webhook timestamp unreadable: " + timestamp);
    }
    if (Duration.between(signedAt, now).abs().compareTo(replayWindow) > 0) {
      throw new WebhookRejectedException(401, "Zendesk webhook timestamp " + timestamp
          + " outside the replay window of " + replayWindow.toSeconds() + " s");
    }
  }

  @Override
  public List<String> ticketIds(byte[] body) throws WebhookRejectedException {
    JsonNode root = read(body);
    if (root == null || !root.isObject()) {
      throw new WebhookRejectedException(400, "Zendesk webhook body is not a JSON object");
    }
    String direct = text(root.get("ticket_id"));
    if (direct != null) {
      return List.of(direct);
    }
    String type = text(root.get("type"));
    if (type == null || !type.startsWith(TICKET_EVENT)) {
      return List.of();
    }
    String id = text(root.path("detail").get("id"));
    if (id == null) {
      String subject = text(root.get("subject"));
      id = subject != null && subject.startsWith(TICKET_SUBJECT)
          ? subject.substring(TICKET_SUBJECT.length()) : null;
    }
    return id == null || id.isBlank() ? List.of() : List.of(id);
  }

  @Override
  public String deliveryId(Map<String, String> headers, byte[] body) {
    String invocation = header(headers, INVOCATION_ID);
    if (invocation != null && !invocation.isBlank()) {
      return invocation;
    }
    try {
      JsonNode root = read(body);
      return root == null ? null : text(root.get("id"));
    } catch (WebhookRejectedException unreadable) {
      return null;
    }
  }

  /** {@code base64(HMAC-SHA256(secret, timestamp + body))}; public so fixtures can sign deliveries. */
  public static String signature(String secret, String timestamp, byte[] body) {
    return Base64.getEncoder().encodeToString(
        sign(secret.getBytes(StandardCharsets.UTF_8), timestamp, body));
  }

  private static byte[] sign(byte[] secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body == null ? new byte[0] : body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private JsonNode read(byte[] body) throws WebhookRejectedException {
    if (body == null || body.length == 0) {
      throw new WebhookRejectedException(400, "empty Zendesk webhook body");
    }
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw new WebhookRejectedException(400, "Zendesk webhook body is not JSON");
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
