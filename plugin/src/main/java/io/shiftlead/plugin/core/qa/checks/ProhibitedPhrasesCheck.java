package io.shiftlead.plugin.core.qa.checks;

import io.shiftlead.plugin.core.qa.AgentReply;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.Evidence;
import io.shiftlead.plugin.core.qa.Outcome;
import io.shiftlead.plugin.core.qa.QaCheck;
import io.shiftlead.plugin.core.qa.text.PhraseList;
import io.shiftlead.plugin.core.qa.text.PhraseMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * No reply uses a prohibited or risky phrase (blaming the customer, promises policy forbids). The
 * list is the team's; every hit is evidence, so the note shows all of them at once.
 */
public final class ProhibitedPhrasesCheck implements QaCheck {
  public static final String ID = "prohibited_phrases";

  private final PhraseList phrases;

  public ProhibitedPhrasesCheck(List<String> phrases) {
    this.phrases = new PhraseList(phrases);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult check(Conversation conversation) {
    if (!conversation.hasReplies()) {
      return CheckResult.na(ID, "no public agent reply");
    }
    List<Evidence> hits = new ArrayList<>();
    for (AgentReply reply : conversation.replies()) {
      for (PhraseMatch match : phrases.findAll(reply.ownText())) {
        hits.add(new Evidence(reply.id(), match.sentence(),
            "prohibited phrase \"" + match.phrase() + "\""));
      }
    }
    if (hits.isEmpty()) {
      return CheckResult.pass(ID, 0.9, new Evidence(null, "",
          "none of the " + phrases.phrases().size() + " prohibited phrases is used"));
    }
    return new CheckResult(ID, Outcome.FAIL, 0.9, hits);
  }
}
