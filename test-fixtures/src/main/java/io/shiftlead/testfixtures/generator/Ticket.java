package io.shiftlead.testfixtures.generator;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated ticket with its whole history. Values use Zendesk's vocabulary: {@code status} in
 * new/open/pending/hold/solved/closed/deleted, {@code priority} urgent/high/normal/low or null,
 * {@code channel} as in {@code via.channel}. {@code customFields} maps field id to value (null when
 * unset) in a stable order. {@code language} is the conversation's language tag (e.g. "pt-BR").
 */
public record Ticket(
    long id,
    String subject,
    String type,
    String status,
    String priority,
    String channel,
    String language,
    long requesterId,
    Long assigneeId,
    Long groupId,
    Long organizationId,
    List<String> tags,
    Map<Long, Object> customFields,
    Instant createdAt,
    Instant updatedAt,
    List<Comment> comments,
    List<StatusChange> statusChanges,
    SatisfactionRating satisfactionRating) {

  public Ticket {
    tags = List.copyOf(tags);
    // LinkedHashMap copy: keeps order and allows null values, which Map.copyOf would reject.
    customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    comments = List.copyOf(comments);
    statusChanges = List.copyOf(statusChanges);
  }
}
