package io.shiftlead.connectors.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.jsm.wire.JsmJson;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.WebhookRejectedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Jira admin-webhook deliveries: {@code X-Hub-Signature} must be
 * {@code sha256=hex(HMAC-SHA256(secret, rawBody))}, compared in constant time.
 *
 * <p><b>Replay.</b> Jira signs the body only, with no signed timestamp header; the payload's own
 * {@code timestamp} (epoch millis, inside the signed body so it cannot be altered) must lie within
 * the replay window. A delivery without it is accepted on its signature alone, and the plugin's inbox
 * de-duplicates it by {@code X-Atlassian-Webhook-Identifier} (the doc names that header as the
 * delivery id; it is not part of the signature, so it is a de-duplication key, not a security check).
 *
 * <p>Ticket ids are {@code issue.key}, only for the configured project: an admin webhook is site-wide
 * unless its JQL filter narrows it.
 */
public final class JsmWebhookVerifier implements WebhookHandler {
  public static final String SIGNATURE = "x-hub-signature";
  public static final String DELIVERY_ID = "x-atlassian-webhook-identifier";
  private static final String PREFIX = "sha256=";

  private final byte[] secret;
  private final Duration replayWindow;
  private final String projectKey;
  private final ObjectMapper mapper = JsmJson.mapper();

  /** @param projectKey null accepts issues of every project */
  public JsmWebhookVerifier(String secret, Duration replayWindow, String projectKey) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.replayWindow = replayWindow;
    this.projectKey = projectKey;
  }

  @Override
  public void verify(Map<String, String> headers, byte[] body, Instant now)
      throws WebhookRejectedException {
    String signature = headers == null ? null : headers.get(SIGNATURE);
    if (signature == null || signature.isBlank()) {
      throw new WebhookRejectedException(401, "unsigned Jira webhook delivery");
    }
    String value = signature.trim();
    if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      throw new WebhookRejectedException(401, "Jira webhook signature is not sha256=<hex>");
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(value.substring(PREFIX.length()).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException notHex) {
      throw new WebhookRejectedException(401, "Jira webhook signature is not hex");
    }
    if (!MessageDigest.isEqual(sign(secret, body), given)) {
      throw new WebhookRejectedException(401, "Jira webhook signature does not match");
    }
    JsonNode timestamp = tryRead(body).path("timestamp");
    if (timestamp.isNumber()) {
      Instant sentAt = Instant.ofEpochMilli(timestamp.asLong());
      if (Duration.between(sentAt, now).abs().compareTo(replayWindow) > 0) {
        throw new WebhookRejectedException(401, "Jira webhook timestamp " + sentAt
            + " outside the replay window of " + replayWindow.toSeconds() + " s");
      }
    }
  }

  @Override
  public List<String> ticketIds(byte[] body) throws WebhookRejectedException {
    JsonNode root = read(body);
    if (root == null || !root.isObject()) {
      throw new WebhookRejectedException(400, "Jira webhook body is not a JSON object");
    }
    JsonNode key = root.path("issue").path("key");
    if (!key.isTextual() || key.asText().isBlank()) {
      return List.of(); // project, version, sprint ... events: nothing to evaluate
    }
    String issueKey = key.asText().trim();
    if (projectKey != null && !issueKey.startsWith(projectKey + "-")) {
      return List.of();
    }
    return List.of(issueKey);
  }

  @Override
  public String deliveryId(Map<String, String> headers, byte[] body) {
    String id = headers == null ? null : headers.get(DELIVERY_ID);
    if (id != null && !id.isBlank()) {
      return id.trim();
    }
    // a redelivery repeats the body byte for byte, so event + issue + timestamp identifies it too
    JsonNode root = tryRead(body);
    String event = root.path("webhookEvent").asText("");
    String issue = root.path("issue").path("id").asText("");
    String timestamp = root.path("timestamp").asText("");
    return event.isEmpty() || timestamp.isEmpty() ? null : event + ":" + issue + ":" + timestamp;
  }

  /** {@code sha256=hex(HMAC-SHA256(secret, body))}; public so fixtures and tests can sign deliveries. */
  public static String signature(String secret, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(sign(secret.getBytes(StandardCharsets.UTF_8), body));
  }

  private static byte[] sign(byte[] secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(body == null ? new byte[0] : body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private JsonNode read(byte[] body) throws WebhookRejectedException {
    if (body == null || body.length == 0) {
      throw new WebhookRejectedException(400, "empty Jira webhook body");
    }
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw new WebhookRejectedException(400, "Jira webhook body is not JSON");
    }
  }

  /** The body as a tree, or a missing node when it is not JSON (that is reported by ticketIds). */
  private JsonNode tryRead(byte[] body) {
    try {
      JsonNode root = read(body);
      return root == null ? mapper.missingNode() : root;
    } catch (WebhookRejectedException unreadable) {
      return mapper.missingNode();
    }
  }
}
