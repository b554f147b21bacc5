package io.shiftlead.connectors.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.zendesk.wire.WireAudit;
import io.shiftlead.connectors.zendesk.wire.WireAuditEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A ticket's status history from its audits: the {@code Create} event of field {@code status} is
 * the status the ticket was created in (from = null), each {@code Change} event of field {@code
 * status} a transition at its audit's {@code created_at}. Other events are ignored, as are a change
 * to or from {@code deleted} and a change whose audit has no time.
 */
final class StatusHistory {
  private static final String STATUS = "status";

  private StatusHistory() {}

  /** Whether a ticket in this Zendesk status can have a history worth reading. */
  static boolean worthReading(String zendeskStatus) {
    // A ticket leaves "new" once and never goes back, so a new ticket has never changed status.
    return zendeskStatus != null && !"new".equalsIgnoreCase(zendeskStatus)
        && !"deleted".equalsIgnoreCase(zendeskStatus);
  }

  static List<StatusChange> of(List<WireAudit> audits) {
    List<WireAudit> sorted = new ArrayList<>(audits);
    sorted.removeIf(a -> a == null || a.createdAt() == null || a.events() == null);
    sorted.sort(Comparator.comparing(WireAudit::createdAt)); // stable: same-instant audits keep order
    List<StatusChange> changes = new ArrayList<>();
    for (WireAudit audit : sorted) {
      for (WireAuditEvent event : audit.events()) {
        if (event == null || !STATUS.equals(event.fieldName())) {
          continue;
        }
        String to = text(event.value());
        if (to == null || "deleted".equals(to)) {
          continue;
        }
        if ("Create".equals(event.type())) {
          changes.add(new StatusChange(audit.createdAt(), null, ZendeskMapper.status(to)));
        } else if ("Change".equals(event.type())) {
          String from = text(event.previousValue());
          if ("deleted".equals(from)) {
            continue;
          }
          TicketStatus previous = from == null ? null : ZendeskMapper.status(from);
          TicketStatus next = ZendeskMapper.status(to);
          if (previous != next) {
            changes.add(new StatusChange(audit.createdAt(), previous, next));
          }
        }
      }
    }
    return changes;
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || !node.isValueNode()) {
      return null;
    }
    String value = node.asText().trim().toLowerCase(Locale.ROOT);
    return value.isEmpty() ? null : value;
  }
}
