package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The simple condition the YAML reader builds until the rules engine's conditions back policies:
 * every non-empty set must match (priority in, channel in, group in, all tags present).
 */
public record AttributeCondition(Set<Priority> priorities, Set<Channel> channels,
    Set<String> groups, Set<String> allTags) implements TicketCondition {

  public AttributeCondition {
    priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
    channels = channels == null ? Set.of() : Set.copyOf(channels);
    groups = groups == null ? Set.of() : Set.copyOf(groups);
    allTags = allTags == null ? Set.of() : Set.copyOf(allTags);
  }

  @Override
  public boolean matches(Ticket t) {
    return (priorities.isEmpty() || priorities.contains(SlaCalculator.effectivePriority(t)))
        // Set.copyOf sets throw on contains(null): a ticket without channel or group is no match
        && (channels.isEmpty() || t.channel() != null && channels.contains(t.channel()))
        && (groups.isEmpty() || t.group() != null && groups.contains(t.group()))
        && t.tags().containsAll(allTags);
  }

  @Override
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!priorities.isEmpty()) {
      parts.add("priority in " + priorities);
    }
    if (!channels.isEmpty()) {
      parts.add("channel in " + channels);
    }
    if (!groups.isEmpty()) {
      parts.add("group in " + groups);
    }
    if (!allTags.isEmpty()) {
      parts.add("tags include " + allTags);
    }
    return parts.isEmpty() ? "every ticket" : String.join(" and ", parts);
  }
}
