package io.shiftlead.connectors.zammad;

import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.zammad.wire.WireHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ticket's status history from its Zammad history: each {@code updated} entry of object {@code
 * Ticket}, attribute {@code state} is a transition {@code value_from -> value_to} (state names,
 * mapped like the current state) at its {@code created_at}. Entries of articles, other attributes,
 * and transitions between states with the same normalized status are left out.
 */
final class ZammadStatusHistory {
  private ZammadStatusHistory() {}

  static List<StatusChange> of(List<WireHistory> history) {
    List<StatusChange> changes = new ArrayList<>();
    for (WireHistory entry : history) {
      if (entry == null || entry.createdAt() == null || !"Ticket".equals(entry.object())
          || !"state".equals(entry.attribute()) || !"updated".equals(entry.type())
          || entry.valueTo() == null) {
        continue;
      }
      TicketStatus from = entry.valueFrom() == null ? null : ZammadMapper.status(entry.valueFrom());
      TicketStatus to = ZammadMapper.status(entry.valueTo());
      if (from != to) {
        changes.add(new StatusChange(entry.createdAt(), from, to));
      }
    }
    changes.sort(Comparator.comparing(StatusChange::at));
    return changes;
  }
}
