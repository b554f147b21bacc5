package io.shiftlead.plugin.application;

import io.shiftlead.connectors.spi.model.TicketUpdate;
import java.util.List;

/**
 * Write-backs waiting to reach the helpdesk, and the record of those that did. A row moves
 * PENDING → ATTEMPTED (before the call) → APPLIED or FAILED; a row found ATTEMPTED after a crash
 * has an unknown outcome, so its note is re-checked on the helpdesk before it is sent again.
 */
public interface OutboxRepository {

  enum State { PENDING, ATTEMPTED, APPLIED, FAILED }

  /** One queued write-back. {@code updateKey} is unique per connector. */
  record Entry(long id, String updateKey, TicketUpdate update, State state, int attempts) {}

  /** A write-back as the audit log shows it: what, why, when and what became of it. */
  record AuditEntry(String updateKey, TicketUpdate update, String reasons, State state,
      int attempts, String lastError, java.time.Instant createdAt, java.time.Instant updatedAt) {}

  /** Every write-back planned for a ticket, oldest first. */
  List<AuditEntry> history(String connector, String ticketId);

  /** Queues the update unless a row with the same key exists; returns whether it was queued. */
  boolean enqueue(String connector, String updateKey, TicketUpdate update, String reasons);

  /** The oldest PENDING or ATTEMPTED rows. */
  List<Entry> unfinished(String connector, int limit);

  void markAttempted(List<Entry> entries);

  void markApplied(long id, boolean noteAlreadyPresent);

  void markFailed(long id, String error);

  /** Whether a note with this key was posted, or may have been (an ATTEMPTED row carries it). */
  boolean notePostedOrPending(String connector, String noteKey);

  /** The highest row id of this connector, 0 when there is none. */
  long lastId(String connector);

  long countApplied(String connector);

  long countNotesPosted(String connector);
}
