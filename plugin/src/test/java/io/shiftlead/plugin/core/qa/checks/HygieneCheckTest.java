package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.HygieneRules;
import io.shiftlead.plugin.core.qa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class HygieneCheckTest {
  private final HygieneCheck check = new HygieneCheck(
      new HygieneRules(List.of("contact_reason", "product"), List.of("billing"), 2));

  @Test
  void passesASolvedTicketWithFieldsAndTags() {
    CheckResult result = check.check(ticket().customer("Q").agent("A").tag("billing").tag("vip")
        .field("contact_reason", "refund").field("product", "pro").conversation());

    assertThat(result.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void failsListingEveryMissingFieldAndTag() {
    CheckResult result = check.check(ticket().customer("Q").agent("A").tag("vip")
        .field("contact_reason", " ").conversation());

    assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result.evidence()).extracting(e -> e.why()).containsExactly(
        "required field \"contact_reason\" is empty", "required field \"product\" is empty",
        "required tag \"billing\" is missing", "has 1 tag(s), at least 2 required");
  }

  @Test
  void isNotApplicableBeforeSolvingOrWithoutRules() {
    assertThat(check.check(ticket().status(TicketStatus.OPEN).customer("Q").agent("A")
        .conversation()).outcome()).isEqualTo(Outcome.NA);
    assertThat(new HygieneCheck(HygieneRules.none()).check(ticket().customer("Q").agent("A")
        .conversation()).outcome()).isEqualTo(Outcome.NA);
  }
}
