package io.shiftlead.connectors.freshdesk.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket as {@code GET /api/v2/tickets} (with {@code include=requester,description}) and
 * {@code GET /api/v2/tickets/{id}} return it. Status, priority and source are Freshdesk's numbers.
 */
public record WireTicket(
    Long id,
    String subject,
    String description,
    String descriptionText,
    Integer status,
    Integer priority,
    Integer source,
    Long requesterId,
    Long responderId,
    Long groupId,
    List<String> tags,
    Map<String, JsonNode> customFields,
    Boolean spam,
    Boolean deleted,
    Instant createdAt,
    Instant updatedAt,
    WireRequester requester) {

  public boolean isSpam() {
    return Boolean.TRUE.equals(spam);
  }

  public boolean isDeleted() {
    return Boolean.TRUE.equals(deleted);
  }

  /** The same ticket flagged as the {@code filter=deleted}/{@code filter=spam} list returned it. */
  public WireTicket flagged(boolean asDeleted, boolean asSpam) {
    return new WireTicket(id, subject, description, descriptionText, status, priority, source,
        requesterId, responderId, groupId, tags, customFields, asSpam || isSpam(),
        asDeleted || isDeleted(), createdAt, updatedAt, requester);
  }
}
