package io.shiftlead.plugin.application;

import io.shiftlead.plugin.core.evaluation.OutboundNotification;
import java.util.List;

/** Webhook calls decisions asked for, each delivered at most once per key (then retried a few times). */
public interface NotificationOutbox {

  /** One queued call. */
  record Pending(long id, OutboundNotification notification, int attempts) {}

  /** Queues the call unless its key was queued before; returns whether it was queued. */
  boolean enqueue(String connector, OutboundNotification notification);

  List<Pending> pending(String connector, int limit);

  void markSent(long id);

  /** Records a failed attempt; after {@code maxAttempts} the call is given up (FAILED). */
  void markAttemptFailed(long id, String error, int maxAttempts);
}
