package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Outcome;
import org.junit.jupiter.api.Test;

class ToneCheckTest {
  private final ToneCheck check = new ToneCheck();

  private CheckResult reply(String text) {
    return check.check(ticket().customer("It doesn't work.").agent(text).conversation());
  }

  @Test
  void failsCondescendingWordingAndNamesTheWords() {
    CheckResult result = reply("As I already said, you need to use the link. Obviously the old "
        + "password won't work.");

    assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result.evidence().get(0).why()).contains("\"As I already said\"")
        .contains("\"Obviously\"");
  }

  @Test
  void failsCurtRepliesWithNothingFriendly() {
    assertThat(reply("Sent.").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(reply("Steht in der FAQ.").outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void failsShoutingInCapitals() {
    assertThat(reply("YOU MUST RESTART THE ROUTER FIRST!!").outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void passesFriendlyRepliesEvenWithOneNegativeWordOrAnAcronym() {
    assertThat(reply("No problem at all! I can't see errors, but please try again after "
        + "clearing the cache. Thanks!").outcome()).isEqualTo(Outcome.PASS);
    assertThat(reply("Hi Emma, SEPA payments take two days. Happy to help!").outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void shortButFriendlyIsNotCurt() {
    assertThat(reply("Done, thanks Emma!").outcome()).isEqualTo(Outcome.PASS);
    assertThat(reply("Gerne, erledigt!").outcome()).isEqualTo(Outcome.PASS);
  }
}
