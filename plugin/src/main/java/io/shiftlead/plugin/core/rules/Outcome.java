package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.Priority;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desired state the enabled rules that fired agree on (shadow rules contribute nothing).
 *
 * @param priority null when no rule set one; likewise group and assignee
 */
public record Outcome(
    Map<String, Object> fields,
    Set<String> addTags,
    Set<String> removeTags,
    Priority priority,
    String group,
    String assignee,
    List<RuleNote> notes,
    List<Notification> notifications) {

  public Outcome {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    addTags = Set.copyOf(addTags);
    removeTags = Set.copyOf(removeTags);
    notes = List.copyOf(notes);
    notifications = List.copyOf(notifications);
  }
}
