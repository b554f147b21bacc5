package io.shiftlead.connectors.spi.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every change one evaluation makes to one ticket, applied by the adapter as one vendor update.
 *
 * @param customFields field key to value; a null value clears the field
 * @param priority null leaves the priority alone
 * @param group null leaves the group alone (a group id or name, as the adapter's settings say)
 * @param assignee null leaves the assignee alone
 * @param note null posts no note
 * @param recheckNote true when an earlier attempt of this very update may have reached the
 *     helpdesk (its outcome is unknown): the adapter must look for the note's marker before posting
 */
public record TicketUpdate(
    String ticketId,
    Map<String, Object> customFields,
    Set<String> addTags,
    Set<String> removeTags,
    Priority priority,
    String group,
    String assignee,
    InternalNote note,
    boolean recheckNote) {

  public TicketUpdate {
    Objects.requireNonNull(ticketId, "ticketId");
    customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    addTags = addTags == null ? Set.of() : Set.copyOf(addTags);
    removeTags = removeTags == null ? Set.of() : Set.copyOf(removeTags);
  }

  public boolean isEmpty() {
    return customFields.isEmpty() && addTags.isEmpty() && removeTags.isEmpty() && priority == null
        && group == null && assignee == null && note == null;
  }

  public TicketUpdate withRecheckNote(boolean recheck) {
    return new TicketUpdate(ticketId, customFields, addTags, removeTags, priority, group, assignee,
        note, recheck);
  }
}
