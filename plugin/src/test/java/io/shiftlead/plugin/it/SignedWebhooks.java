package io.shiftlead.plugin.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Zendesk webhook deliveries signed the way Zendesk signs them (HMAC-SHA256 of ts + body). */
final class SignedWebhooks {
  private final String secret;

  SignedWebhooks(String secret) {
    this.secret = secret;
  }

  static String commentAdded(long ticketId, String eventId) {
    return """
        {"type":"zen:event-type:ticket.comment_added","account_id":1,"id":"%s",
         "time":"%s","zendesk_event_version":"2022-11-06","subject":"zen:ticket:%d",
         "detail":{"id":"%d","status":"OPEN"},"event":{"comment":{"id":"1","is_public":true}}}
        """.formatted(eventId, Instant.now(), ticketId, ticketId);
  }

  Map<String, String> headers(String body, Instant signedAt, String invocationId) {
    String timestamp = signedAt.toString();
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      String signature = Base64.getEncoder().encodeToString(
          mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
      return Map.of("X-Zendesk-Webhook-Signature", signature,
          "X-Zendesk-Webhook-Signature-Timestamp", timestamp,
          "X-Zendesk-Webhook-Invocation-Id", invocationId);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
