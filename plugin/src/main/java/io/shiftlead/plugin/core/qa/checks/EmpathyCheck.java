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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the customer expressed frustration, the next agent reply (or a later one) acknowledges it.
 * N/A when no customer message shows frustration: thanking someone for their patience is not
 * required on a calm how-to question.
 */
public final class EmpathyCheck implements QaCheck {
  public static final String ID = "empathy";
  // Shouting: two or more all-capital words of 4+ letters, or "!!".
  private static final Pattern SHOUTING = Pattern.compile(
      "(\\b\\p{Lu}{4,}\\b.*\\b\\p{Lu}{4,}\\b)|!!");

  private final PhraseList frustration = Lexicon.list(Lexicon.Kind.FRUSTRATION);
  private final PhraseList empathy = Lexicon.list(Lexicon.Kind.EMPATHY);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult check(Conversation conversation) {
    List<AgentReply> replies = conversation.replies();
    for (int i = 0; i < replies.size(); i++) {
      Optional<Evidence> upset = frustrationIn(replies.get(i));
      if (upset.isEmpty()) {
        continue;
      }
      for (AgentReply reply : replies.subList(i, replies.size())) {
        Optional<PhraseMatch> match = empathy.find(reply.ownText());
        if (match.isPresent()) {
          return CheckResult.pass(ID, 0.85, upset.get(), new Evidence(reply.id(),
              match.get().sentence(), "acknowledges it with \"" + match.get().phrase() + "\""));
        }
      }
      return CheckResult.fail(ID, 0.8, upset.get(), new Evidence(replies.get(i).id(), "",
          "no reply acknowledges the customer's frustration or apologises"));
    }
    return CheckResult.na(ID, "the customer expressed no frustration");
  }

  private Optional<Evidence> frustrationIn(AgentReply reply) {
    String customer = reply.customerBefore();
    Optional<PhraseMatch> word = frustration.find(customer);
    if (word.isPresent()) {
      return Optional.of(new Evidence(null, word.get().sentence(),
          "the customer is frustrated (\"" + word.get().phrase() + "\")"));
    }
    Matcher shouting = SHOUTING.matcher(customer);
    if (shouting.find()) {
      return Optional.of(new Evidence(null, Sentences.around(customer, shouting.start()),
          "the customer is shouting (capitals or \"!!\")"));
    }
    return Optional.empty();
  }
}
