package io.shiftlead.plugin.core.qa.checks;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.Evidence;
import io.shiftlead.plugin.core.qa.HygieneRules;
import io.shiftlead.plugin.core.qa.Outcome;
import io.shiftlead.plugin.core.qa.QaCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * A solved ticket carries its required custom fields and tags, so reporting by reason and product
 * works. N/A before solving (agents fill fields as they go) and when the team set no rules.
 */
public final class HygieneCheck implements QaCheck {
  public static final String ID = "hygiene";

  private final HygieneRules rules;

  public HygieneCheck(HygieneRules rules) {
    this.rules = rules;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult check(Conversation conversation) {
    Ticket ticket = conversation.ticket();
    if (rules.isEmpty()) {
      return CheckResult.na(ID, "no hygiene rules configured");
    }
    if (ticket.status() != TicketStatus.SOLVED && ticket.status() != TicketStatus.CLOSED) {
      return CheckResult.na(ID, "ticket not solved yet (" + ticket.status().wireName() + ")");
    }
    List<Evidence> missing = new ArrayList<>();
    for (String field : rules.requiredFields()) {
      Object value = ticket.fields().get(field);
      if (value == null || value.toString().isBlank()) {
        missing.add(new Evidence(null, field, "required field \"" + field + "\" is empty"));
      }
    }
    for (String tag : rules.requiredTags()) {
      if (!ticket.tags().contains(tag)) {
        missing.add(new Evidence(null, tag, "required tag \"" + tag + "\" is missing"));
      }
    }
    if (ticket.tags().size() < rules.minimumTags()) {
      missing.add(new Evidence(null, String.join(", ", ticket.tags()), "has "
          + ticket.tags().size() + " tag(s), at least " + rules.minimumTags() + " required"));
    }
    if (missing.isEmpty()) {
      return CheckResult.pass(ID, 1.0, new Evidence(null, "",
          "required fields and tags are present"));
    }
    return new CheckResult(ID, Outcome.FAIL, 1.0, missing);
  }
}
