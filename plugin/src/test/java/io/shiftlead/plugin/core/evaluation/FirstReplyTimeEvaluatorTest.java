package io.shiftlead.plugin.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirstReplyTimeEvaluatorTest {
  private static final Instant CREATED = Instant.parse("2026-03-02T09:15:00Z");
  private final FirstReplyTimeEvaluator evaluator = new FirstReplyTimeEvaluator("frt");

  private static Ticket ticket(boolean deleted, Comment... comments) {
    return new Ticket("41873", "zendesk", "Refund", TicketStatus.OPEN, null, Channel.EMAIL,
        CREATED, CREATED, Person.of("u-88", AuthorRole.CUSTOMER), null, null, List.of(), Map.of(),
        List.of(comments), List.of(), List.of(), deleted, comments.length);
  }

  private static Comment comment(String id, AuthorRole role, boolean isPublic, int minutes) {
    return new Comment(id, Person.of(role == AuthorRole.AGENT ? "a-7" : "u-88", role), isPublic,
        CREATED.plusSeconds(minutes * 60L), "text");
  }

  @Test
  void measuresUpToTheFirstPublicAgentReplyIgnoringInternalNotes() {
    Evaluation evaluation = evaluator.evaluate(ticket(false,
        comment("c1", AuthorRole.CUSTOMER, true, 0),
        comment("c2", AuthorRole.AGENT, false, 5),
        comment("c3", AuthorRole.AGENT, true, 46),
        comment("c4", AuthorRole.AGENT, true, 90)));

    assertThat(evaluation.fields()).containsEntry("frt", 46L);
    assertThat(evaluation.noteBody()).contains("46 min");
    assertThat(evaluation.reasons()).singleElement().asString()
        .contains("2026-03-02T10:01:00Z").contains("a-7");
  }

  @Test
  void decidesNothingWithoutAnAgentReply() {
    Evaluation evaluation = evaluator.evaluate(ticket(false,
        comment("c1", AuthorRole.CUSTOMER, true, 0)));

    assertThat(evaluation.decidesNothing()).isTrue();
    assertThat(evaluation.reasons()).containsExactly("no public agent reply yet");
  }

  @Test
  void leavesDeletedTicketsAlone() {
    assertThat(evaluator.evaluate(ticket(true)).decidesNothing()).isTrue();
  }
}
