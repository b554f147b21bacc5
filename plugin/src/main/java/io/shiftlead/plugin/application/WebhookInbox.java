package io.shiftlead.plugin.application;

import java.util.List;

/** Tickets that webhooks asked to evaluate now, de-duplicated by delivery id. */
public interface WebhookInbox {

  record Item(long id, String ticketId) {}

  /** Records a delivery's ticket; false when this delivery id was seen before (a replay). */
  boolean accept(String connector, String deliveryId, String ticketId);

  List<Item> pending(String connector, int limit);

  void markDone(long id);
}
