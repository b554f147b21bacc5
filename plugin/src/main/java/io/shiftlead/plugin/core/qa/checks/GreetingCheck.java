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

/**
 * The first public reply opens with a greeting. Only the opening lines count (a "hey" in the middle
 * of a paragraph is not a greeting), and follow-up replies are N/A: nobody says hello twice.
 */
public final class GreetingCheck implements QaCheck {
  public static final String ID = "greeting";
  private static final int OPENING_LINES = 2;
  // A greeting starts its line; "Dear" 30 characters in is part of a sentence.
  private static final int MAX_OFFSET_IN_LINE = 3;

  private final PhraseList greetings = Lexicon.list(Lexicon.Kind.GREETING);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult check(Conversation conversation) {
    Optional<AgentReply> first = conversation.replies().stream()
        .filter(AgentReply::firstInConversation).findFirst();
    if (first.isEmpty()) {
      return CheckResult.na(ID, "follow-up reply: no greeting expected");
    }
    AgentReply reply = first.get();
    List<String> lines = Sentences.lines(reply.ownText());
    for (String line : lines.subList(0, Math.min(OPENING_LINES, lines.size()))) {
      Optional<PhraseMatch> match = greetings.find(line);
      if (match.isPresent() && match.get().start() <= MAX_OFFSET_IN_LINE) {
        return CheckResult.pass(ID, 0.9, new Evidence(reply.id(), Sentences.shorten(line),
            "opens with the greeting \"" + match.get().phrase() + "\""));
      }
    }
    String opening = lines.isEmpty() ? "" : Sentences.shorten(lines.get(0));
    return CheckResult.fail(ID, 0.85, new Evidence(reply.id(), opening,
        "the first reply does not open with a greeting"));
  }
}
