package io.shiftlead.plugin.core.evaluation;

import java.util.Map;
import java.util.Objects;

/**
 * A webhook call a decision asks for (an escalation's {@code notify}). Delivered by the pipeline
 * after the ticket's write-back, at most once per {@code key}, never during a dry run.
 *
 * @param key the idempotency key, e.g. {@code <rule id>:<ticket id>}
 * @param payload the JSON body's fields
 */
public record OutboundNotification(String key, String url, Map<String, Object> payload) {
  public OutboundNotification {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(url, "url");
    payload = Map.copyOf(payload);
  }
}
