package io.shiftlead.plugin.core.qa.checks;

import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.plugin.core.qa.AgentReply;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.Evidence;
import io.shiftlead.plugin.core.qa.QaCheck;
import io.shiftlead.plugin.core.qa.text.PhraseList;
import io.shiftlead.plugin.core.qa.text.PhraseMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An agent addresses the customer by name in a reply (the name as it stands in the quoted thread
 * does not count). N/A when the helpdesk has no usable name (missing, or an email address).
 */
public final class PersonalizationCheck implements QaCheck {
  public static final String ID = "personalization";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult check(Conversation conversation) {
    if (!conversation.hasReplies()) {
      return CheckResult.na(ID, "no public agent reply");
    }
    Person requester = conversation.ticket().requester();
    List<String> names = namesOf(requester);
    if (names.isEmpty()) {
      return CheckResult.na(ID, "the customer's name is unknown");
    }
    PhraseList nameList = new PhraseList(names);
    for (AgentReply reply : conversation.replies()) {
      Optional<PhraseMatch> match = nameList.find(reply.ownText());
      if (match.isPresent()) {
        return CheckResult.pass(ID, 0.95, new Evidence(reply.id(), match.get().sentence(),
            "addresses the customer as \"" + match.get().phrase() + "\""));
      }
    }
    return CheckResult.fail(ID, 0.9, new Evidence(conversation.last().id(), "",
        "the customer's name (" + requester.name().strip() + ") is not used in any reply"));
  }

  static List<String> namesOf(Person requester) {
    List<String> names = new ArrayList<>();
    if (requester == null || requester.name() == null || requester.name().isBlank()
        || requester.name().contains("@")) {
      return names;
    }
    String full = requester.name().strip();
    names.add(full);
    String[] parts = full.split("\\s+");
    // First and last name: "Mr Silva" and "Ana" both address the customer.
    if (parts.length > 1) {
      names.add(parts[0]);
      names.add(parts[parts.length - 1]);
    }
    names.removeIf(n -> n.length() < 2);
    return names;
  }
}
