package io.shiftlead.plugin.infrastructure.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.SpellingIssue;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageToolSpellingCheckerTest {
  private final LanguageToolSpellingChecker checker = LanguageToolSpellingChecker.shared();

  @Test
  void flagsMisspellingsAndGrammarInEnglishWithSuggestions() {
    List<SpellingIssue> issues = checker.check(
        "Hi Paula, you can definately change the adress. Each new users cost $10.", "en", Set.of());

    assertThat(issues).extracting(SpellingIssue::span).contains("definately", "adress");
    assertThat(issues).filteredOn(i -> i.span().equals("definately")).first()
        .extracting(SpellingIssue::suggestion).isEqualTo("definitely");
  }

  @Test
  void cleanSupportEnglishWithListsQuotesAndUrlsHasNoIssues() {
    String reply = "Hi Emma,\n\nI've refunded the duplicate charge of $49.00 - it should appear "
        + "within 5-7 business days.\n1. Open Settings > Billing.\n2. Click \"Invoices\".\n"
        + "See https://example.com/help for details.\n\nBest regards,\nLiam";

    assertThat(checker.check(reply, "en", Set.of("Liam"))).isEmpty();
  }

  @Test
  void productNamesOnTheIgnoreListAndTheirPossessivesAreNotFlagged() {
    String text = "Your Shiftlead workspace is ready. Shiftlead's sidebar shows the score.";

    assertThat(checker.check(text, "en", Set.of())).extracting(SpellingIssue::span)
        .anyMatch(s -> s.startsWith("Shiftlead"));
    assertThat(checker.check(text, "en", Set.of("shiftlead"))).isEmpty();
  }

  @Test
  void supportsEnglishAndReportsLanguagesWhoseModuleIsNotOnTheClasspath() {
    assertThat(checker.supports("en")).isTrue();
    assertThat(checker.supports("xx")).isFalse();
    assertThat(checker.check("Irgendwas", "xx", Set.of())).isEmpty();
  }

  @Test
  void isOneSharedInstanceSafeToUseFromSeveralThreads() throws Exception {
    assertThat(LanguageToolSpellingChecker.shared()).isSameAs(checker);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<SpellingIssue>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> checker.check("We recieved it.", "en", Set.of())));
      }
      for (Future<List<SpellingIssue>> result : results) {
        assertThat(result.get()).extracting(SpellingIssue::span).containsExactly("recieved");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aCachedResultStillHonoursEachCallsIgnoreList() {
    String text = "Your Shiftlead login works now.";

    assertThat(checker.check(text, "en", Set.of())).extracting(SpellingIssue::span)
        .contains("Shiftlead");
    assertThat(checker.check(text, "en", Set.of("Shiftlead"))).isEmpty();
  }
}
