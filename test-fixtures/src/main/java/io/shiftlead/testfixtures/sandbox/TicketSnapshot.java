package io.shiftlead.testfixtures.sandbox;

import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.SatisfactionRating;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete, immutable copy of one sandbox ticket taken under the state's lock, in the dataset's
 * (Zendesk) vocabulary. Vendor handlers other than Zendesk's render their JSON from these, so a
 * response never mixes two versions of a ticket. {@code comments} starts with the opening message.
 */
public record TicketSnapshot(
    long id,
    String subject,
    String type,
    String channel,
    long requesterId,
    Long organizationId,
    Instant createdAt,
    Instant updatedAt,
    String status,
    String priority,
    Long groupId,
    Long assigneeId,
    List<String> tags,
    Map<Long, Object> customFields,
    List<Comment> comments,
    SatisfactionRating rating) {

  public TicketSnapshot {
    tags = List.copyOf(tags);
    customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    comments = List.copyOf(comments);
  }

  public boolean isDeleted() {
    return "deleted".equals(status);
  }
}
