package io.shiftlead.plugin.core.qa.checks;

import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.plugin.core.qa.AgentReply;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.Evidence;
import io.shiftlead.plugin.core.qa.Outcome;
import io.shiftlead.plugin.core.qa.QaCheck;
import io.shiftlead.plugin.core.qa.SpellingChecker;
import io.shiftlead.plugin.core.qa.SpellingIssue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Spelling and grammar of the agents' own words, in the conversation's language, through the
 * {@link SpellingChecker}. The team's ignore list, the customer's and the agent's names are never
 * flagged. N/A for a language the checker cannot do.
 */
public final class SpellingGrammarCheck implements QaCheck {
  public static final String ID = "spelling_grammar";
  private static final int MAX_EVIDENCE = 5;

  private final SpellingChecker checker;
  private final Set<String> ignore;
  private final int maxIssues;

  public SpellingGrammarCheck(SpellingChecker checker, Set<String> ignore, int maxIssues) {
    this.checker = checker;
    this.ignore = Set.copyOf(ignore);
    this.maxIssues = maxIssues;
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
    if (!checker.supports(conversation.language())) {
      return CheckResult.na(ID, checker.unsupportedReason(conversation.language()));
    }
    Set<String> words = new HashSet<>(ignore);
    addNames(words, conversation.ticket().requester());
    List<Evidence> issues = new ArrayList<>();
    for (AgentReply reply : conversation.replies()) {
      addNames(words, reply.comment().author());
      for (SpellingIssue issue : checker.check(reply.ownText(), conversation.language(), words)) {
        issues.add(new Evidence(reply.id(), issue.span(), issue.message()
            + (issue.suggestion() == null ? "" : " Suggestion: \"" + issue.suggestion() + "\".")
            + " [" + issue.ruleId() + "]"));
      }
    }
    if (issues.size() <= maxIssues) {
      List<Evidence> shown = new ArrayList<>(issues);
      shown.add(new Evidence(null, "", issues.size() + " spelling/grammar issue(s), "
          + maxIssues + " allowed (" + conversation.language() + ")"));
      return new CheckResult(ID, Outcome.PASS, 0.8, shown);
    }
    // More issues make the verdict surer; a single flagged word may be a name we did not know.
    double confidence = issues.size() > maxIssues + 1 ? 0.9 : 0.7;
    return new CheckResult(ID, Outcome.FAIL, confidence,
        issues.subList(0, Math.min(MAX_EVIDENCE, issues.size())));
  }

  private static void addNames(Set<String> words, Person person) {
    if (person != null && person.name() != null) {
      for (String part : person.name().split("\\s+")) {
        if (!part.isBlank()) {
          words.add(part);
        }
      }
    }
  }
}
