package io.shiftlead.plugin.core.qa.checks;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.FixedReplyTimeTargets;
import io.shiftlead.plugin.core.qa.Outcome;
import io.shiftlead.plugin.core.qa.ReplyTimeTargets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponsivenessCheckTest {
  private final ResponsivenessCheck check = new ResponsivenessCheck(new FixedReplyTimeTargets(60, 240));

  @Test
  void passesWhenEveryReplyMeetsItsTargetAndShowsTheMinutes() {
    CheckResult result = check.check(ticket().customerAt(0, "Q1").agentAt(45, "A1")
        .customerAt(100, "Q2").agentAt(300, "A2").conversation());

    assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    assertThat(result.evidence()).extracting(e -> e.why()).containsExactly(
        "first reply after 45 min, target 60 min (met)",
        "next reply after 200 min, target 240 min (met)");
  }

  @Test
  void failsWhenTheFirstReplyIsLate() {
    CheckResult result = check.check(ticket().customerAt(0, "Q").agentAt(61, "A").conversation());

    assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result.evidence().get(0).why()).endsWith("(missed)");
  }

  @Test
  void measuresANextReplyFromTheFirstUnansweredCustomerMessage() {
    CheckResult result = check.check(ticket().customerAt(0, "Q").agentAt(10, "A")
        .customerAt(20, "Q2").customerAt(200, "Q3 still there?").agentAt(261, "A2")
        .conversation());

    assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result.evidence().get(1).why()).startsWith("next reply after 241 min");
  }

  @Test
  void twoAgentRepliesInARowDoNotMeasureTheSecondOne() {
    CheckResult result = check.check(ticket().customerAt(0, "Q").agentAt(10, "A")
        .agentAt(900, "Follow-up from me").conversation());

    assertThat(result.evidence()).hasSize(1);
    assertThat(result.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void isNotApplicableWithoutTargetsAndUsesTheSlaEnginesTargetsWhenGiven() {
    ReplyTimeTargets none = new ReplyTimeTargets() {
      @Override
      public Optional<Duration> firstReply(Ticket ticket) {
        return Optional.empty();
      }

      @Override
      public Optional<Duration> nextReply(Ticket ticket) {
        return Optional.empty();
      }
    };
    Conversation conversation = ticket().customerAt(0, "Q").agentAt(500, "A").conversation();

    assertThat(new ResponsivenessCheck(none).check(conversation).outcome()).isEqualTo(Outcome.NA);
  }

  @Test
  void perReplyModeMeasuresOnlyTheGradedReply() {
    var ticket = ticket().customerAt(0, "Q").agentAt(500, "late").customerAt(510, "Q2")
        .agentAt(520, "fast").build();

    CheckResult second = check.check(Conversation.perReply(ticket).get(1));

    assertThat(second.outcome()).isEqualTo(Outcome.PASS);
    assertThat(second.evidence()).singleElement().extracting(e -> e.why()).asString()
        .startsWith("next reply after 10 min");
  }
}
