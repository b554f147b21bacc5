package io.shiftlead.connectors.zendesk.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A child event of a ticket event. {@code event_type} "Comment" (with the {@code comment_events}
 * sideload) carries the comment: {@code body}, {@code html_body}, {@code public},
 * {@code author_id}, {@code created_at}, {@code via}. "Create" and "Change" carry the field as
 * key, e.g. {@code "status": "open", "previous_value": "new"}; {@code field_name}/{@code value}
 * (the audits' shape) is read too. {@code via} is an object on comments and a name on changes,
 * hence a JSON node.
 */
public record WireChildEvent(
    Long id,
    String eventType,
    Long authorId,
    String body,
    String htmlBody,
    String plainBody,
    @JsonProperty("public") Boolean isPublic,
    Instant createdAt,
    JsonNode via,
    JsonNode status,
    String fieldName,
    JsonNode value,
    JsonNode previousValue) {}
