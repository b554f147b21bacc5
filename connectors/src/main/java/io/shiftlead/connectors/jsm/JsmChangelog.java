package io.shiftlead.connectors.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.connectors.jsm.wire.WireIssue;
import io.shiftlead.connectors.jsm.wire.WireIssueFields;
import io.shiftlead.connectors.jsm.wire.WireStatus;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An issue's status history from its changelog ({@code expand=changelog}): each history item of
 * field {@code status} is a transition {@code fromString -> toString} at the history's {@code
 * created}. The changelog names statuses but not their categories, so a name is mapped like the
 * current status when it is the current one, else by JSM's default names (waiting for customer =
 * pending, pending / on hold = on hold, resolved / done / closed / canceled / declined = solved or
 * closed, anything else running). A changelog Jira cut short ({@code total} above the histories
 * returned) gives no history at all rather than a wrong one: the SLA then falls back to the current
 * status.
 */
final class JsmChangelog {
  private static final Set<String> DONE = Set.of("resolved", "done", "canceled", "cancelled",
      "declined", "completed");

  private JsmChangelog() {}

  static List<StatusChange> statusChanges(WireIssue issue, WireIssueFields current) {
    JsonNode changelog = issue.changelog();
    if (changelog == null || !changelog.path("histories").isArray()) {
      return List.of();
    }
    JsonNode histories = changelog.get("histories");
    int total = changelog.path("total").asInt(histories.size());
    if (total > changelog.path("startAt").asInt(0) + histories.size()) {
      return List.of(); // truncated: see the class comment
    }
    List<StatusChange> changes = new ArrayList<>();
    for (JsonNode history : histories) {
      Instant at = JsmTime.parse(history.path("created").asText(null));
      if (at == null) {
        continue;
      }
      for (JsonNode item : history.path("items")) {
        if (!"status".equals(item.path("field").asText()) && !"status".equals(item.path("fieldId").asText())) {
          continue;
        }
        TicketStatus from = status(item.path("fromString").asText(null), current);
        TicketStatus to = status(item.path("toString").asText(null), current);
        if (to != null && from != to) {
          changes.add(new StatusChange(at, from, to));
        }
      }
    }
    changes.sort(Comparator.comparing(StatusChange::at)); // Jira lists newest first in some versions
    return changes;
  }

  private static TicketStatus status(String name, WireIssueFields current) {
    if (name == null || name.isBlank()) {
      return null;
    }
    WireStatus now = current.status();
    if (now != null && now.name() != null && now.name().equalsIgnoreCase(name.trim())) {
      return JsmMapper.status(current);
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (DONE.contains(n)) {
      return TicketStatus.SOLVED;
    }
    return JsmMapper.status(new WireIssueFields(
        null, new WireStatus(null, name, null), null, null, null, null, null, null));
  }
}
