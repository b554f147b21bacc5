package io.shiftlead.connectors.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Verifies a helpdesk's webhook deliveries and says which tickets they concern. The plugin queues
 * those tickets for immediate evaluation; polling stays as reconciliation.
 */
public interface WebhookHandler {

  /**
   * Checks the delivery's signature and age.
   *
   * @param headers request headers, names lower-cased
   * @param body the raw body, byte for byte
   * @throws WebhookRejectedException when the delivery is unsigned, forged, replayed or too old
   */
  void verify(Map<String, String> headers, byte[] body, Instant now) throws WebhookRejectedException;

  /**
   * The ticket ids a verified delivery concerns, possibly none (events we do not act on).
   *
   * @throws WebhookRejectedException with status 400 when the body cannot be read
   */
  List<String> ticketIds(byte[] body) throws WebhookRejectedException;

  /** A stable id of the delivery for de-duplication, or null when the vendor sends none. */
  String deliveryId(Map<String, String> headers, byte[] body);
}
