package io.shiftlead.connectors.zendesk.wire;

import java.time.Instant;
import java.util.List;

/** A ticket as the incremental export and {@code GET /tickets/{id}} return it. */
public record WireTicket(
    Long id,
    String subject,
    String status,
    String priority,
    Long requesterId,
    Long assigneeId,
    Long groupId,
    List<String> tags,
    List<WireCustomField> customFields,
    WireVia via,
    Instant createdAt,
    Instant updatedAt,
    Long generatedTimestamp,
    WireSatisfactionRating satisfactionRating,
    Integer commentCount) {}
