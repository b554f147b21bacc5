package io.shiftlead.plugin.application;

import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Takes a webhook delivery: verified by the adapter, its tickets recorded in the inbox (a replayed
 * delivery id records nothing), then answered at once; the connector's worker evaluates them.
 */
public final class WebhookIntakeService {
  private final String connector;
  private final WebhookHandler handler;
  private final WebhookInbox inbox;
  private final Clock clock;

  /** How a delivery was taken. */
  public record Intake(int ticketsQueued, boolean duplicate) {}

  public WebhookIntakeService(String connector, WebhookHandler handler, WebhookInbox inbox,
      Clock clock) {
    this.connector = connector;
    this.handler = handler;
    this.inbox = inbox;
    this.clock = clock;
  }

  public Intake take(Map<String, String> headers, byte[] body) throws WebhookRejectedException {
    handler.verify(headers, body, clock.instant());
    List<String> ticketIds = handler.ticketIds(body);
    String deliveryId = handler.deliveryId(headers, body);
    if (deliveryId == null) {
      // no id from the vendor: the body itself identifies the delivery
      deliveryId = "sha256:" + WriteBackPlanner.digest(new String(body, StandardCharsets.UTF_8));
    }
    int queued = 0;
    for (String ticketId : ticketIds) {
      if (inbox.accept(connector, deliveryId, ticketId)) {
        queued++;
      }
    }
    return new Intake(queued, queued == 0 && !ticketIds.isEmpty());
  }
}
