package io.shiftlead.plugin.core.qa.checks;

import io.shiftlead.plugin.core.qa.AgentReply;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.Evidence;
import io.shiftlead.plugin.core.qa.QaCheck;
import io.shiftlead.plugin.core.qa.text.Lexicon;
import io.shiftlead.plugin.core.qa.text.PhraseList;
import io.shiftlead.plugin.core.qa.text.PhraseMatch;
import io.shiftlead.plugin.core.qa.text.Sentences;
import java.util.Optional;

/**
 * The latest reply checks the issue is resolved or invites the customer to come back ("Did that
 * fix it?", "Anything else I can help with?"): graded on the last reply, where it matters.
 */
public final class ResolutionConfirmedCheck implements QaCheck {
  public static final String ID = "resolution_confirmed";

  private final PhraseList confirmations = Lexicon.list(Lexicon.Kind.RESOLUTION_CHECK);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult check(Conversation conversation) {
    if (!conversation.hasReplies()) {
      return CheckResult.na(ID, "no public agent reply");
    }
    AgentReply reply = conversation.last();
    Optional<PhraseMatch> match = confirmations.find(reply.ownText());
    if (match.isPresent()) {
      return CheckResult.pass(ID, 0.85, new Evidence(reply.id(), match.get().sentence(),
          "checks the outcome or invites follow-up (\"" + match.get().phrase() + "\")"));
    }
    return CheckResult.fail(ID, 0.8, new Evidence(reply.id(),
        Sentences.shorten(Sentences.lines(reply.ownText()).stream().reduce((a, b) -> b).orElse("")),
        "does not ask whether the issue is solved or anything else is needed"));
  }
}
