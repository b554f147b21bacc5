package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.Outcome;
import org.junit.jupiter.api.Test;

class NextStepsCheckTest {
  private final NextStepsCheck check = new NextStepsCheck();

  private Outcome exchange(String customer, String agent) {
    return check.check(ticket().customer(customer).agent(agent).conversation()).outcome();
  }

  @Test
  void passesActionsTakenInstructionsAndNumberedSteps() {
    assertThat(exchange("Refund?", "I've refunded the charge; expect it within 5 days."))
        .isEqualTo(Outcome.PASS);
    assertThat(exchange("How?", "Here you go:\n1. Open Settings\n2. Choose Billing"))
        .isEqualTo(Outcome.PASS);
    assertThat(exchange("Wie?", "Sie können das unter Konto ändern.")).isEqualTo(Outcome.PASS);
    assertThat(exchange("Comment ?", "Vous pouvez le modifier dans votre profil."))
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void failsAnAcknowledgementThatOffersNothing() {
    assertThat(exchange("The PDF shows the wrong company name.",
        "Thank you for your message. We have received your request regarding the invoice."))
        .isEqualTo(Outcome.FAIL);
    assertThat(exchange("Vocês têm app?", "Sim.")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void isNotApplicableWhenTheCustomerOnlySaidThanks() {
    assertThat(exchange("That worked, thanks a lot!", "You're welcome!")).isEqualTo(Outcome.NA);
    assertThat(exchange("Parfait, ça marche. Merci !", "Avec plaisir !")).isEqualTo(Outcome.NA);
  }

  @Test
  void aThankYouWithANewQuestionStillNeedsAnAnswer() {
    assertThat(exchange("Thanks! And how do I export?", "Good question.")).isEqualTo(Outcome.FAIL);
  }
}
