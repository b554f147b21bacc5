package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.Outcome;
import org.junit.jupiter.api.Test;

class ResolutionConfirmedCheckTest {
  private final ResolutionConfirmedCheck check = new ResolutionConfirmedCheck();

  private Outcome reply(String text) {
    return check.check(ticket().customer("Help").agent(text).conversation()).outcome();
  }

  @Test
  void passesQuestionsAndInvitationsInFiveLanguages() {
    assertThat(reply("Did that fix it?")).isEqualTo(Outcome.PASS);
    assertThat(reply("Is there anything else I can help with?")).isEqualTo(Outcome.PASS);
    assertThat(reply("Kann ich sonst noch etwas für Sie tun?")).isEqualTo(Outcome.PASS);
    assertThat(reply("¿Hay algo más en lo que pueda ayudarte?")).isEqualTo(Outcome.PASS);
    assertThat(reply("Fico à disposição.")).isEqualTo(Outcome.PASS);
    assertThat(reply("N'hésitez pas à revenir vers moi.")).isEqualTo(Outcome.PASS);
  }

  @Test
  void failsWhenTheReplyClosesWithoutCheckingTheOutcome() {
    assertThat(reply("Your ticket has been escalated.\n\nRegards")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void onlyTheLatestReplyCounts() {
    var conversation = ticket().customer("Q").agent("Anything else?").customer("Yes, X")
        .agent("Done.").conversation();

    assertThat(check.check(conversation).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void anInvitationInTheQuotedThreadDoesNotCount() {
    assertThat(reply("Done.\n> let me know if you need anything else")).isEqualTo(Outcome.FAIL);
  }
}
