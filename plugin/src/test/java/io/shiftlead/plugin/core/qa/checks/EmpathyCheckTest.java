package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Outcome;
import org.junit.jupiter.api.Test;

class EmpathyCheckTest {
  private final EmpathyCheck check = new EmpathyCheck();

  private CheckResult exchange(String customer, String agent) {
    return check.check(ticket().customer(customer).agent(agent).conversation());
  }

  @Test
  void passesAnApologyToAFrustratedCustomerAndQuotesBothSides() {
    CheckResult result = exchange("I've been waiting 3 days, this is unacceptable.",
        "Hi Emma, I'm so sorry for the wait. Your refund is on its way.");

    assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    assertThat(result.evidence()).hasSize(2);
    assertThat(result.evidence().get(0).span())
        .isEqualTo("I've been waiting 3 days, this is unacceptable.");
    assertThat(result.evidence().get(1).span()).contains("I'm so sorry for the wait");
  }

  @Test
  void passesAcknowledgementsInGermanSpanishPortugueseAndFrench() {
    assertThat(exchange("Ich bin wirklich verärgert!", "Es tut mir leid, ...").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(exchange("Estoy harto.", "Entiendo tu frustración.").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(exchange("Um absurdo!", "Sinto muito pelo transtorno.").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(exchange("C'est inadmissible !", "Nous nous excusons pour ce retard.").outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void failsWhenAFrustratedOrShoutingCustomerGetsAFlatAnswer() {
    assertThat(exchange("This is ridiculous, third time I'm asking.", "Reinstall the app.")
        .outcome()).isEqualTo(Outcome.FAIL);
    assertThat(exchange("WHERE IS MY ORDER?? I PAID WEEKS AGO", "It ships tomorrow.").outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void isNotApplicableToACalmQuestionEvenIfTheAgentApologises() {
    assertThat(exchange("Can I pay by invoice?", "Sorry for the late reply! Yes.").outcome())
        .isEqualTo(Outcome.NA);
  }

  @Test
  void frustrationOnlyInTheQuotedThreadOfTheCustomerDoesNotCount() {
    assertThat(exchange("Thanks, one more question.\n> I am furious and fed up", "Sure.")
        .outcome()).isEqualTo(Outcome.NA);
  }

  @Test
  void anEmpathyPhraseOnlyInTheAgentsQuotedTextDoesNotCount() {
    assertThat(exchange("This is unacceptable!", "Reinstall.\n> I'm sorry to hear that")
        .outcome()).isEqualTo(Outcome.FAIL);
  }
}
