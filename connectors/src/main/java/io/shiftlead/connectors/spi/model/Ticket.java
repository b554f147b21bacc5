package io.shiftlead.connectors.spi.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket in the normalized model (the interchange format of {@code docs/ticket-format.md}).
 *
 * <p>Collections are never null and are copied, so a ticket can be shared between threads.
 *
 * @param source the connector id that produced it ({@code zendesk}, ...)
 * @param deleted true for a ticket the helpdesk reports as deleted: it carries no conversation and
 *     is never written back to
 * @param fields custom field values keyed by the admin's field key (adapters translate vendor ids)
 * @param commentCount the number of comments the helpdesk reports, or -1 when unknown; lets the
 *     plugin skip re-reading a conversation that did not change
 */
public record Ticket(
    String id,
    String source,
    String subject,
    TicketStatus status,
    Priority priority,
    Channel channel,
    Instant createdAt,
    Instant updatedAt,
    Person requester,
    Person assignee,
    String group,
    List<String> tags,
    Map<String, Object> fields,
    List<Comment> comments,
    List<StatusChange> statusChanges,
    List<SurveyResponse> surveys,
    boolean deleted,
    int commentCount) {

  public Ticket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    tags = tags == null ? List.of() : List.copyOf(tags);
    fields = fields == null ? Map.of() : Map.copyOf(fields);
    comments = comments == null ? List.of() : List.copyOf(comments);
    statusChanges = statusChanges == null ? List.of() : List.copyOf(statusChanges);
    surveys = surveys == null ? List.of() : List.copyOf(surveys);
  }

  /** The same ticket with its conversation replaced (adapters that read comments separately). */
  public Ticket withComments(List<Comment> newComments) {
    return new Ticket(id, source, subject, status, priority, channel, createdAt, updatedAt,
        requester, assignee, group, tags, fields, newComments, statusChanges, surveys, deleted,
        newComments.size());
  }
}
