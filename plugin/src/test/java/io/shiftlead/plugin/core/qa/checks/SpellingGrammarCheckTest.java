package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Outcome;
import io.shiftlead.plugin.core.qa.SpellingChecker;
import io.shiftlead.plugin.core.qa.SpellingIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingGrammarCheckTest {

  /** Flags every word from a small list of misspellings, honouring the ignore list. */
  static final class FakeChecker implements SpellingChecker {
    final List<String> languagesAsked = new ArrayList<>();
    Set<String> lastIgnore = Set.of();

    @Override
    public boolean supports(String language) {
      return language.equals("en");
    }

    @Override
    public List<SpellingIssue> check(String text, String language, Set<String> ignoreWords) {
      languagesAsked.add(language);
      lastIgnore = ignoreWords;
      List<SpellingIssue> issues = new ArrayList<>();
      for (String word : text.split("[^\\p{L}]+")) {
        boolean ignored = ignoreWords.stream().anyMatch(i -> i.equalsIgnoreCase(word));
        if (!ignored && List.of("definately", "adress", "shiftlead").contains(
            word.toLowerCase(Locale.ROOT))) {
          issues.add(new SpellingIssue(word, "Possible spelling mistake found.", "definitely",
              "MORFOLOGIK_RULE_EN_US"));
        }
      }
      return issues;
    }
  }

  private final FakeChecker fake = new FakeChecker();

  @Test
  void failsWithTheFlaggedWordsAsEvidence() {
    CheckResult result = new SpellingGrammarCheck(fake, Set.of(), 0).check(ticket()
        .customer("Q").agent("You can definately change the adress.").conversation());

    assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result.evidence()).extracting(e -> e.span()).containsExactly("definately", "adress");
    assertThat(result.evidence().get(0).why()).contains("MORFOLOGIK_RULE_EN_US");
  }

  @Test
  void theTeamIgnoreListAndTheNamesInTheConversationAreNeverFlagged() {
    CheckResult result = new SpellingGrammarCheck(fake, Set.of("Shiftlead"), 0).check(ticket()
        .customer("Q").agent("Shiftlead is set up for you, Emma.").conversation());

    assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    assertThat(fake.lastIgnore).contains("Shiftlead", "Emma", "Clarke", "Liam", "Ford");
  }

  @Test
  void toleratesTheConfiguredNumberOfIssues() {
    CheckResult result = new SpellingGrammarCheck(fake, Set.of(), 1).check(ticket()
        .customer("Q").agent("Definately done.").conversation());

    assertThat(result.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void isNotApplicableForALanguageWithoutDictionaryAndAsksInTheTicketsLanguage() {
    CheckResult result = new SpellingGrammarCheck(fake, Set.of(), 0).check(ticket()
        .customerNamed("Jonas Weber", "de-DE").customer("Q").agent("Erledigt.").conversation());

    assertThat(result.outcome()).isEqualTo(Outcome.NA);
    assertThat(result.evidence().get(0).why()).contains("de");
    assertThat(fake.languagesAsked).isEmpty();
  }

  @Test
  void gradesOnlyTheAgentsOwnTextNotTheQuotedCustomerTypos() {
    CheckResult result = new SpellingGrammarCheck(fake, Set.of(), 0).check(ticket()
        .customer("Q").agent("Changed it.\n> pls change my adress").conversation());

    assertThat(result.outcome()).isEqualTo(Outcome.PASS);
  }
}
