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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply offers a solution or says what happens next (an action taken, steps to follow, a time
 * frame). N/A when the customer's last message only thanks or confirms: "you're welcome" needs no
 * next step.
 */
public final class NextStepsCheck implements QaCheck {
  public static final String ID = "next_steps";
  private static final Pattern NUMBERED_STEP = Pattern.compile("(?m)^\\s*(\\d+[.)]|[-*•])\\s+\\S");
  private static final int THANKS_ONLY_MAX_WORDS = 15;

  private final PhraseList steps = Lexicon.list(Lexicon.Kind.NEXT_STEPS);
  private final PhraseList thanks = new PhraseList(java.util.List.of("thanks", "thank you",
      "it works", "that worked", "all good", "solved", "danke", "funktioniert", "gracias",
      "funciona", "obrigado", "obrigada", "funcionou", "merci", "ça marche", "ça fonctionne"));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult check(Conversation conversation) {
    if (!conversation.hasReplies()) {
      return CheckResult.na(ID, "no public agent reply");
    }
    String lastCustomer = conversation.last().customerBefore();
    if (isThanksOnly(lastCustomer)) {
      return CheckResult.na(ID, "the customer only thanked or confirmed; nothing left to do");
    }
    for (AgentReply reply : conversation.replies()) {
      Matcher list = NUMBERED_STEP.matcher(reply.ownText());
      if (list.find()) {
        return CheckResult.pass(ID, 0.85, new Evidence(reply.id(),
            Sentences.around(reply.ownText(), list.end() - 1), "lists steps to follow"));
      }
      Optional<PhraseMatch> match = steps.find(reply.ownText());
      if (match.isPresent()) {
        return CheckResult.pass(ID, 0.7, new Evidence(reply.id(), match.get().sentence(),
            "offers an action or next step (\"" + match.get().phrase().strip() + "\")"));
      }
    }
    return CheckResult.fail(ID, 0.7, new Evidence(conversation.last().id(),
        Sentences.shorten(conversation.last().ownText()),
        "no solution, action or next step is offered"));
  }

  private boolean isThanksOnly(String customer) {
    return !customer.isBlank() && !customer.contains("?")
        && Sentences.words(customer).size() <= THANKS_ONLY_MAX_WORDS
        && thanks.find(customer).isPresent();
  }
}
