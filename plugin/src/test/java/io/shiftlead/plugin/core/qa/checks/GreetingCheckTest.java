package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.Outcome;
import org.junit.jupiter.api.Test;

class GreetingCheckTest {
  private final GreetingCheck check = new GreetingCheck();

  private CheckResult firstReply(String reply) {
    return check.check(ticket().customer("Hello, I need help with my invoice.").agent(reply)
        .conversation());
  }

  @Test
  void passesFormalInformalAndNonEnglishOpenings() {
    assertThat(firstReply("Dear Ms Clarke,\n\nthe invoice is corrected.").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(firstReply("hey Emma! all sorted now").outcome()).isEqualTo(Outcome.PASS);
    assertThat(firstReply("Guten Tag Frau Clarke,\n\ndie Rechnung ist korrigiert.").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(firstReply("Olá Emma,\n\na fatura foi corrigida.").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(firstReply("Thanks for reaching out! The invoice is corrected.").outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void failsAReplyThatStartsStraightWithTheAnswerAndQuotesEvidence() {
    CheckResult result = firstReply("The invoice is corrected.\nBest, Liam");

    assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result.evidence()).singleElement().satisfies(e -> {
      assertThat(e.span()).isEqualTo("The invoice is corrected.");
      assertThat(e.why()).contains("does not open with a greeting");
    });
  }

  @Test
  void theCustomersQuotedHelloIsNotTheAgentsGreeting() {
    CheckResult result = firstReply("Corrected, see attachment.\n\n"
        + "On Mon, Mar 2, 2026 at 9:15 AM Emma <emma@example.com> wrote:\n> Hello, I need help");

    assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aGreetingWordInsideASentenceDoesNotCount() {
    assertThat(firstReply("Your hi-res export is ready; say hello to the new PDF layout.")
        .outcome()).isEqualTo(Outcome.FAIL);
    assertThat(firstReply("This is fixed.").outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aFollowUpReplyGradedOnItsOwnIsNotApplicable() {
    var ticket = ticket().customer("Q").agent("Hi Emma, done.").customer("Thanks")
        .agent("You're welcome!").build();

    CheckResult result = check.check(Conversation.perReply(ticket).get(1));

    assertThat(result.outcome()).isEqualTo(Outcome.NA);
  }
}
