package io.shiftlead.connectors.zammad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.WebhookRejectedException;
import io.shiftlead.connectors.zammad.wire.ZammadJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Zammad webhook deliveries: {@code X-Hub-Signature} must be
 * {@code "sha1=" + hex(HMAC-SHA1(signature token, raw body))}, compared in constant time.
 *
 * <p><b>Replay.</b> Zammad signs no timestamp, so a captured delivery stays valid forever; the only
 * replay defence is its unique {@code X-Zammad-Delivery} id. This verifier remembers the ids it accepted
 * for {@value #REMEMBER_HOURS} h (bounded, per connector, in memory) and refuses a repeat with 401; the
 * plugin's inbox also de-duplicates by {@link #deliveryId} durably, across restarts. A delivery without
 * an id is refused, since it could be replayed undetected.
 */
public final class ZammadWebhookVerifier implements WebhookHandler {
  public static final String SIGNATURE = "x-hub-signature";
  public static final String DELIVERY = "x-zammad-delivery";
  static final long REMEMBER_HOURS = 24;
  private static final int MAX_REMEMBERED = 10_000;
  private static final String PREFIX = "sha1=";

  private final byte[] secret;
  private final ObjectMapper mapper = ZammadJson.mapper();
  private final Map<String, Instant> accepted = new LinkedHashMap<>();

  public ZammadWebhookVerifier(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void verify(Map<String, String> headers, byte[] body, Instant now)
      throws WebhookRejectedException {
    String signature = header(headers, SIGNATURE);
    if (signature == null || signature.isBlank()) {
      throw new WebhookRejectedException(401, "unsigned Zammad webhook delivery");
    }
    String given = signature.trim().toLowerCase(Locale.ROOT);
    if (!given.startsWith(PREFIX)) {
      throw new WebhookRejectedException(401, "Zammad webhook signature is not sha1=<hex>");
    }
    byte[] givenDigest;
    try {
      givenDigest = HexFormat.of().parseHex(given.substring(PREFIX.length()));
    } catch (IllegalArgumentException notHex) {
      throw new WebhookRejectedException(401, "Zammad webhook signature is not hex");
    }
    if (!MessageDigest.isEqual(sign(secret, body), givenDigest)) {
      throw new WebhookRejectedException(401, "Zammad webhook signature does not match");
    }
    String delivery = header(headers, DELIVERY);
    if (delivery == null || delivery.isBlank()) {
      throw new WebhookRejectedException(401, "Zammad webhook delivery without X-Zammad-Delivery id");
    }
    remember(delivery.trim(), now);
  }

  /** Records the id; a second sighting within the memory window is a replay. */
  private synchronized void remember(String delivery, Instant now) throws WebhookRejectedException {
    Instant horizon = now.minus(Duration.ofHours(REMEMBER_HOURS));
    accepted.values().removeIf(at -> at.isBefore(horizon));
    if (accepted.containsKey(delivery)) {
      throw new WebhookRejectedException(401, "Zammad webhook delivery " + delivery + " replayed");
    }
    if (accepted.size() >= MAX_REMEMBERED) {
      accepted.remove(accepted.keySet().iterator().next());
    }
    accepted.put(delivery, now);
  }

  /** The default payload is {@code {"ticket": {"id": 5, ...}, "article": {...}}}. */
  @Override
  public List<String> ticketIds(byte[] body) throws WebhookRejectedException {
    JsonNode root = read(body);
    if (root == null || !root.isObject()) {
      throw new WebhookRejectedException(400, "Zammad webhook body is not a JSON object");
    }
    JsonNode id = root.path("ticket").get("id");
    if (id == null || id.isNull() || id.isContainerNode() || id.asText().isBlank()) {
      return List.of();
    }
    return List.of(id.asText().trim());
  }

  @Override
  public String deliveryId(Map<String, String> headers, byte[] body) {
    String delivery = header(headers, DELIVERY);
    return delivery == null || delivery.isBlank() ? null : delivery.trim();
  }

  /** {@code "sha1=" + hex(HMAC-SHA1(secret, body))}; public so fixtures and tests can sign deliveries. */
  public static String signature(String secret, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(sign(secret.getBytes(StandardCharsets.UTF_8), body));
  }

  private static byte[] sign(byte[] secret, byte[] body) {
    try {
      // HMAC-SHA1 is what Zammad sends; it is still sound as a MAC even though SHA-1 collides
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      return mac.doFinal(body == null ? new byte[0] : body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  }

  private JsonNode read(byte[] body) throws WebhookRejectedException {
    if (body == null || body.length == 0) {
      throw new WebhookRejectedException(400, "empty Zammad webhook body");
    }
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw new WebhookRejectedException(400, "Zammad webhook body is not JSON");
    }
  }

  private static String header(Map<String, String> headers, String name) {
    return headers == null ? null : headers.get(name);
  }
}
