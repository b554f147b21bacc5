package io.shiftlead.testfixtures.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable snapshot of a sandbox ticket, for tests to assert what a write-back did. */
public record TicketView(
    long id,
    String subject,
    String status,
    String priority,
    Long groupId,
    Long assigneeId,
    List<String> tags,
    Map<Long, Object> customFields,
    Instant updatedAt,
    long generatedTimestamp,
    long sequence,
    int commentCount) {

  public TicketView {
    tags = List.copyOf(tags);
    customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
  }

  /** A custom field's value (null when unset): a Long for integer fields, else a String. */
  public Object customField(long fieldId) {
    return customFields.get(fieldId);
  }
}
