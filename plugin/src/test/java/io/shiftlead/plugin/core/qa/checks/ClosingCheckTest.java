package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.Outcome;
import org.junit.jupiter.api.Test;

class ClosingCheckTest {
  private final ClosingCheck check = new ClosingCheck();

  private Outcome reply(String text) {
    return check.check(ticket().customer("Question").agent(text).conversation()).outcome();
  }

  @Test
  void passesSignOffsInSeveralLanguagesAndStyles() {
    assertThat(reply("Hi Emma,\n\nDone.\n\nKind regards,\nLiam")).isEqualTo(Outcome.PASS);
    assertThat(reply("Hallo,\n\nerledigt.\n\nMit freundlichen Grüßen\nLena")).isEqualTo(Outcome.PASS);
    assertThat(reply("Bonjour,\n\nc'est fait.\n\nBonne journée !")).isEqualTo(Outcome.PASS);
    assertThat(reply("Hey! Done. Have a great day!")).isEqualTo(Outcome.PASS);
  }

  @Test
  void passesASignOffFollowedByTheAgentsSignature() {
    assertThat(reply("Hi,\n\nDone.\n\nBest regards,\nLiam Ford\nCustomer Success | Acme"))
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void failsWhenTheReplyJustStops() {
    assertThat(reply("Hi Emma,\n\nThe limit is 600 requests per minute.")).isEqualTo(Outcome.FAIL);
    assertThat(reply("Sent.")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void anOpeningThankYouIsNotASignOff() {
    assertThat(reply("Thank you for your message.\nThe invoice is attached.\nLiam"))
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void theCustomersQuotedSignOffDoesNotCount() {
    assertThat(reply("Hi,\n\nFixed it.\n\n> Thanks in advance\n> Best regards, Emma"))
        .isEqualTo(Outcome.FAIL);
  }
}
