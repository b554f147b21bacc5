package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Outcome;
import org.junit.jupiter.api.Test;

class PersonalizationCheckTest {
  private final PersonalizationCheck check = new PersonalizationCheck();

  private CheckResult reply(String name, String text) {
    return check.check(ticket().customerNamed(name, "en").customer("Question").agent(text)
        .conversation());
  }

  @Test
  void passesWhenTheFirstOrLastNameIsUsedWhateverTheCase() {
    assertThat(reply("Emma Clarke", "Hi emma, done.").outcome()).isEqualTo(Outcome.PASS);
    assertThat(reply("Klaus Meyer", "Guten Tag Herr Meyer, erledigt.").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(reply("Lucía Gómez", "Hola Lucía, listo.").evidence().get(0).why())
        .contains("Lucía");
  }

  @Test
  void failsWhenTheNameIsMissingOrOnlyInsideAnotherWord() {
    assertThat(reply("Ana Lima", "Hello, your Analytics export is ready.").outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(reply("Emma Clarke", "Hi there, done.").outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void theNameInTheQuotedThreadDoesNotCount() {
    assertThat(reply("Tom Becker", "Done.\n\nOn Mon, Tom Becker <tom@example.com> wrote:\n> Hi")
        .outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void isNotApplicableWithoutAUsableName() {
    assertThat(reply(null, "Hi, done.").outcome()).isEqualTo(Outcome.NA);
    assertThat(reply("emma@example.com", "Hi, done.").outcome()).isEqualTo(Outcome.NA);
  }
}
