package io.shiftlead.plugin.core.qa.checks;

import io.shiftlead.plugin.core.qa.AgentReply;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.Evidence;
import io.shiftlead.plugin.core.qa.Outcome;
import io.shiftlead.plugin.core.qa.QaCheck;
import io.shiftlead.plugin.core.qa.text.Lexicon;
import io.shiftlead.plugin.core.qa.text.PhraseList;
import io.shiftlead.plugin.core.qa.text.PhraseMatch;
import io.shiftlead.plugin.core.qa.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Negative or curt wording, scored with a lexicon so the note can name the words that drove it.
 * Each negative phrase, shouting (capitals, "!!") counts one point; each friendly phrase takes
 * half a point off; a reply fails at {@value #FAIL_AT} points, or when it is curt (a handful of
 * words with no friendly phrase at all).
 */
public final class ToneCheck implements QaCheck {
  public static final String ID = "tone";
  static final double FAIL_AT = 1.5;
  private static final int CURT_WORDS = 6;
  private static final Pattern SHOUTING = Pattern.compile("\\b\\p{Lu}{4,}\\b|!{2,}");

  private final PhraseList negative = Lexicon.list(Lexicon.Kind.NEGATIVE_TONE);
  private final PhraseList positive = Lexicon.list(Lexicon.Kind.POSITIVE_TONE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult check(Conversation conversation) {
    if (!conversation.hasReplies()) {
      return CheckResult.na(ID, "no public agent reply");
    }
    List<Evidence> problems = new ArrayList<>();
    for (AgentReply reply : conversation.replies()) {
      problems.addAll(grade(reply));
    }
    if (problems.isEmpty()) {
      return CheckResult.pass(ID, 0.75, new Evidence(null, "",
          "no negative or curt wording found"));
    }
    return new CheckResult(ID, Outcome.FAIL, 0.7, problems);
  }

  private List<Evidence> grade(AgentReply reply) {
    String text = reply.ownText();
    List<PhraseMatch> bad = negative.findAll(text);
    List<PhraseMatch> good = positive.findAll(text);
    List<String> shouted = shouting(text);
    double points = bad.size() + (shouted.isEmpty() ? 0 : 1) - 0.5 * good.size();
    List<Evidence> evidence = new ArrayList<>();
    if (points >= FAIL_AT) {
      List<String> words = new ArrayList<>(bad.stream().map(PhraseMatch::phrase).toList());
      words.addAll(shouted);
      String span = bad.isEmpty() ? Sentences.shorten(text) : bad.get(0).sentence();
      evidence.add(new Evidence(reply.id(), span, "negative wording " + quoteAll(words)
          + (good.isEmpty() ? " with nothing friendly to offset it"
              : " outweighs " + quoteAll(good.stream().map(PhraseMatch::phrase).toList()))));
    } else if (Sentences.words(text).size() < CURT_WORDS && good.isEmpty()) {
      evidence.add(new Evidence(reply.id(), Sentences.shorten(text),
          "curt: " + Sentences.words(text).size() + " words and nothing friendly"));
    }
    return evidence;
  }

  private static List<String> shouting(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = SHOUTING.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    // One or two capitalised words are usually acronyms (SEPA, HTTPS); three or more is shouting.
    return found.size() >= 3 || found.stream().anyMatch(w -> w.startsWith("!")) ? found : List.of();
  }

  private static String quoteAll(List<String> words) {
    return words.stream().map(w -> "\"" + w + "\"").distinct().reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
