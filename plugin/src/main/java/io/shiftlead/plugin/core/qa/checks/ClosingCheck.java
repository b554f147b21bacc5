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
 * The latest public reply ends with a closing (sign-off or good wishes). Only the last lines count,
 * so a "thanks for your message" opener is not taken for a sign-off.
 */
public final class ClosingCheck implements QaCheck {
  public static final String ID = "closing";
  private static final int CLOSING_LINES = 3;

  private final PhraseList closings = Lexicon.list(Lexicon.Kind.CLOSING);

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
    List<String> lines = Sentences.lines(reply.ownText());
    // A one-paragraph reply keeps its last sentences on one line: look at the line's tail only.
    int from = Math.max(lines.size() > 1 ? 1 : 0, lines.size() - CLOSING_LINES);
    for (int i = lines.size() - 1; i >= from; i--) {
      String line = lines.get(i);
      String tail = lines.size() == 1 ? lastSentences(line) : line;
      Optional<PhraseMatch> match = closings.find(tail);
      if (match.isPresent()) {
        return CheckResult.pass(ID, 0.85, new Evidence(reply.id(), Sentences.shorten(line),
            "ends with the closing \"" + match.get().phrase() + "\""));
      }
    }
    String ending = lines.isEmpty() ? "" : Sentences.shorten(lines.get(lines.size() - 1));
    return CheckResult.fail(ID, 0.8, new Evidence(reply.id(), ending,
        "the reply ends without a closing or sign-off"));
  }

  private static String lastSentences(String line) {
    String[] sentences = line.split("(?<=[.!?])\\s+");
    return sentences.length <= 2 ? line
        : sentences[sentences.length - 2] + " " + sentences[sentences.length - 1];
  }
}
