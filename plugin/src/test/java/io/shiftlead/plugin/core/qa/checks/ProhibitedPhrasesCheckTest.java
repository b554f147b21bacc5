package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Outcome;
import io.shiftlead.plugin.core.qa.text.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProhibitedPhrasesCheckTest {
  private final ProhibitedPhrasesCheck builtIn =
      new ProhibitedPhrasesCheck(Lexicon.allLanguages(Lexicon.Kind.PROHIBITED));

  private CheckResult reply(ProhibitedPhrasesCheck check, String text) {
    return check.check(ticket().customer("Why is my account blocked?").agent(text).conversation());
  }

  @Test
  void failsOnBlameAndForbiddenPromisesListingEveryHit() {
    CheckResult result = reply(builtIn,
        "Please calm down. That's your fault. We guarantee it never happens again.");

    assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result.evidence()).extracting(e -> e.why()).containsExactly(
        "prohibited phrase \"calm down\"", "prohibited phrase \"your fault\"",
        "prohibited phrase \"We guarantee\"");
  }

  @Test
  void failsOnNonEnglishEquivalents() {
    assertThat(reply(builtIn, "Beruhigen Sie sich bitte.").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(reply(builtIn, "Cálmese, no es nuestro problema.").outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(reply(builtIn, "Calmez-vous.").outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void matchesWholePhrasesSoLookAlikeWordsPass() {
    assertThat(reply(builtIn, "The calm-down period for API keys is 5 minutes.").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(reply(builtIn, "Hi Emma, your account is unblocked. Faulty card data caused it.")
        .outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void knownLimitationAPhraseInAnInnocentSentenceStillFails() {
    // Lexicon matching has no sense of meaning; docs/qa.md tells admins to keep phrases specific.
    assertThat(reply(builtIn, "No idea is too small for our roadmap board.").outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void theCustomersQuotedWordsAreNotTheAgents() {
    assertThat(reply(builtIn, "Unblocked now.\n> my boss told me to calm down").outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void usesTheTeamsOwnList() {
    ProhibitedPhrasesCheck team = new ProhibitedPhrasesCheck(List.of("lifetime discount"));

    assertThat(reply(team, "I can offer a lifetime discount.").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(reply(team, "Please calm down.").outcome()).isEqualTo(Outcome.PASS);
  }
}
