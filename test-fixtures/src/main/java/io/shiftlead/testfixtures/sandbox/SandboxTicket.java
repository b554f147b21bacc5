package io.shiftlead.testfixtures.sandbox;

import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.SatisfactionRating;
import io.shiftlead.testfixtures.generator.StatusChange;
import io.shiftlead.testfixtures.generator.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live, mutable state of one sandbox ticket. Only {@link SandboxState} touches it, under its
 * lock. {@code sequence} orders the incremental export; {@code changedAt} (sandbox time) decides
 * whether the export lag still hides the latest change.
 */
final class SandboxTicket {

  final long id;
  final String subject;
  final String type;
  final String channel;
  final long requesterId;
  final Long organizationId;
  final Instant createdAt;
  String status;
  String priority;
  Long assigneeId;
  Long groupId;
  final List<String> tags;
  final Map<Long, Object> customFields;
  final List<Comment> comments;
  /** Every status change since creation, oldest first (seeded history, then API updates). */
  final List<StatusEvent> statusEvents = new ArrayList<>();
  SatisfactionRating rating;
  Instant updatedAt;
  long sequence;
  long generatedTimestamp;
  Instant changedAt;
  /** Position in the ticket event index, or -1 before it was built. */
  int eventIndex = -1;

  SandboxTicket(Ticket seed) {
    this.id = seed.id();
    this.subject = seed.subject();
    this.type = seed.type();
    this.channel = seed.channel();
    this.requesterId = seed.requesterId();
    this.organizationId = seed.organizationId();
    this.createdAt = seed.createdAt();
    this.status = seed.status();
    this.priority = seed.priority();
    this.assigneeId = seed.assigneeId();
    this.groupId = seed.groupId();
    this.tags = new ArrayList<>(seed.tags());
    this.customFields = new LinkedHashMap<>(seed.customFields());
    this.comments = new ArrayList<>(seed.comments());
    this.rating = seed.satisfactionRating();
    for (StatusChange change : seed.statusChanges()) {
      if (!"deleted".equals(change.to())) {
        statusEvents.add(new StatusEvent(change.at(), change.from(), change.to(), null, null, null));
      }
    }
    this.updatedAt = seed.updatedAt();
    this.generatedTimestamp = seed.updatedAt().getEpochSecond();
    this.changedAt = seed.updatedAt();
  }

  boolean isDeleted() {
    return "deleted".equals(status);
  }

  TicketView view() {
    return new TicketView(id, subject, status, priority, groupId, assigneeId, tags, customFields,
        updatedAt, generatedTimestamp, sequence, comments.size());
  }

  TicketSnapshot snapshot() {
    return new TicketSnapshot(id, subject, type, channel, requesterId, organizationId, createdAt,
        updatedAt, status, priority, groupId, assigneeId, tags, customFields, comments, rating);
  }
}
