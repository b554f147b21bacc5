package io.shiftlead.plugin.core.kpi;

import static io.shiftlead.plugin.core.kpi.KpiTickets.at;
import static io.shiftlead.plugin.core.kpi.KpiTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.TicketStatus;
import org.junit.jupiter.api.Test;

class TicketFactsTest {

  @Test
  void firstReplyIsTheFirstPublicAgentCommentNotANoteNorABot() {
    TicketFact fact = ticket("1", 0).customer(0).note(5).bot(6).agent(42).agent(50).fact();

    assertThat(fact.firstReplyAt()).isEqualTo(at(42));
    assertThat(fact.firstReplyMinutes()).isEqualTo(42);
    assertThat(fact.agentReplies()).isEqualTo(2);
  }

  @Test
  void onAnAgentCreatedTicketTheSecondPublicAgentCommentIsTheFirstReply() {
    TicketFact fact = ticket("1", 0).agent(0).customer(10).agent(30).fact();

    assertThat(fact.firstReplyMinutes()).isEqualTo(30);
    assertThat(fact.agentReplies()).isEqualTo(1);
  }

  @Test
  void unansweredTicketHasNoFirstReplyAndIsInTheBacklog() {
    TicketFact fact = ticket("1", 0).customer(0).fact();

    assertThat(fact.firstReplyAt()).isNull();
    assertThat(fact.solved()).isFalse();
    assertThat(fact.unsolved()).isTrue();
  }

  @Test
  void resolutionIsTheLastSolveAndAReopenIsCounted() {
    TicketFact fact = ticket("1", 0).customer(0).agent(10)
        .status(0, null, TicketStatus.NEW)
        .status(10, TicketStatus.NEW, TicketStatus.PENDING)
        .status(60, TicketStatus.PENDING, TicketStatus.SOLVED)
        .status(100, TicketStatus.SOLVED, TicketStatus.OPEN)
        .status(130, TicketStatus.OPEN, TicketStatus.SOLVED)
        .status(2000, TicketStatus.SOLVED, TicketStatus.CLOSED)
        .fact();

    assertThat(fact.solvedAt()).isEqualTo(at(130));
    assertThat(fact.resolutionMinutes()).isEqualTo(130);
    assertThat(fact.reopens()).isEqualTo(1);
    // one reply but reopened: not one-touch
    assertThat(fact.oneTouch()).isFalse();
    // new 0-10 + open 100-130 = 40 minutes on the agent side
    assertThat(fact.handleMinutes()).isEqualTo(40);
  }

  @Test
  void solvedWithOneReplyAndNoReopenIsOneTouch() {
    TicketFact fact = ticket("1", 0).customer(0).agent(10)
        .status(20, TicketStatus.OPEN, TicketStatus.SOLVED).fact();

    assertThat(fact.oneTouch()).isTrue();
    assertThat(fact.handleMinutes()).isEqualTo(20);
  }

  @Test
  void deletedAndMergedTicketsAreMarkedDeletedAndNeverSolved() {
    TicketFact deleted = ticket("1", 0).deleted().fact();
    TicketFact merged = ticket("2", 0).tags("closed_by_merge")
        .status(5, TicketStatus.OPEN, TicketStatus.CLOSED).fact();

    assertThat(deleted.deleted()).isTrue();
    assertThat(merged.deleted()).isTrue();
    assertThat(merged.solved()).isFalse();
    assertThat(merged.unsolved()).isFalse();
  }
}
