package io.shiftlead.plugin.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WriteBackPlannerTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");
  private final WriteBackPlanner planner = new WriteBackPlanner();

  private static Ticket ticket(Map<String, Object> fields, List<String> tags, List<Comment> comments) {
    return ticket(TicketStatus.OPEN, fields, tags, comments);
  }

  private static Ticket ticket(TicketStatus status, Map<String, Object> fields, List<String> tags,
      List<Comment> comments) {
    return new Ticket("7", "zendesk", "s", status, Priority.NORMAL, Channel.EMAIL, AT, AT,
        Person.of("u", AuthorRole.CUSTOMER), null, null, tags, fields, comments, List.of(),
        List.of(), false, comments.size());
  }

  private static Evaluation evaluation(String note) {
    return new Evaluation("frt", Map.of("frt", 46L), Set.of("vip"), Set.of("stale"),
        Priority.HIGH, null, null, note, List.of("because"));
  }

  @Test
  void sendsOnlyWhatDiffersFromTheTicket() {
    var planned = planner.plan(ticket(Map.of("frt", "46"), List.of("vip", "stale"), List.of()),
        evaluation(null), key -> false).orElseThrow();

    assertThat(planned.update().customFields()).isEmpty();
    assertThat(planned.update().addTags()).isEmpty();
    assertThat(planned.update().removeTags()).containsExactly("stale");
    assertThat(planned.update().priority()).isEqualTo(Priority.HIGH);
  }

  @Test
  void plansNothingWhenTheTicketAlreadyMatches() {
    Evaluation same = new Evaluation("frt", Map.of("frt", 46L), null, null, null, null, null,
        null, List.of());
    assertThat(planner.plan(ticket(Map.of("frt", 46), List.of(), List.of()), same, key -> false))
        .isEmpty();
  }

  @Test
  void neverWritesToAClosedTicketBecauseHelpdesksRefuseIt() {
    assertThat(planner.plan(ticket(TicketStatus.CLOSED, Map.of(), List.of(), List.of()),
        evaluation("n"), key -> false)).isEmpty();
  }

  @Test
  void dropsANoteWhoseMarkerIsAlreadyOnTheTicket() {
    var first = planner.plan(ticket(Map.of(), List.of(), List.of()), evaluation("n"), k -> false)
        .orElseThrow();
    String marker = first.update().note().marker();
    Comment posted = new Comment("9", Person.of("me", AuthorRole.AGENT), false, AT, "n\n\n" + marker);

    var again = planner.plan(ticket(Map.of(), List.of(), List.of(posted)), evaluation("n"),
        k -> false).orElseThrow();

    assertThat(again.update().note()).isNull();
  }

  @Test
  void dropsANoteTheOutboxHasPostedOrMayHavePosted() {
    var planned = planner.plan(ticket(Map.of(), List.of(), List.of()), evaluation("n"), k -> true)
        .orElseThrow();
    assertThat(planned.update().note()).isNull();
  }

  @Test
  void theSameDecisionOnTheSameTicketVersionHasTheSameKeys() {
    var a = planner.plan(ticket(Map.of(), List.of(), List.of()), evaluation("n"), k -> false)
        .orElseThrow();
    var b = planner.plan(ticket(Map.of(), List.of(), List.of()), evaluation("n"), k -> false)
        .orElseThrow();
    assertThat(a.updateKey()).isEqualTo(b.updateKey());
    assertThat(a.update().note().idempotencyKey()).isEqualTo(b.update().note().idempotencyKey())
        .startsWith("frt.7.");
  }

  private static Evaluation scored(long score, String note) {
    return new Evaluation("qa", Map.of("qa_score", score), null, null, null, null, null, null,
        List.of("scored"), List.of(), Map.of("qa", note));
  }

  @Test
  void aKeyedNoteIsPostedOncePerTicketEvenWhenItsTextChanges() {
    var first = planner.plan(ticket(Map.of(), List.of(), List.of()), scored(80, "QA 80"),
        k -> false).orElseThrow();
    assertThat(first.update().note().idempotencyKey()).isEqualTo("qa.ticket.7");
    Comment posted = new Comment("9", Person.of("me", AuthorRole.AGENT), false, AT,
        "QA 80\n\n" + first.update().note().marker());

    var rescored = planner.plan(ticket(Map.of("qa_score", 80), List.of(), List.of(posted)),
        scored(55, "QA 55"), k -> false).orElseThrow();

    assertThat(rescored.update().note()).isNull();
    assertThat(rescored.update().customFields()).containsEntry("qa_score", 55L);
  }

  @Test
  void aKeyedNoteWaitsWhileTheOutboxHoldsItAndComesAfterTheContentNote() {
    Evaluation both = new Evaluation("shiftlead", null, null, null, null, null, null, "rule note",
        List.of(), List.of(), Map.of("qa", "QA 80"));

    var first = planner.plan(ticket(Map.of(), List.of(), List.of()), both, k -> false)
        .orElseThrow();
    var second = planner.plan(ticket(Map.of(), List.of(), List.of()), both,
        k -> k.equals(first.update().note().idempotencyKey())).orElseThrow();

    assertThat(first.update().note().body()).isEqualTo("rule note");
    assertThat(second.update().note().body()).isEqualTo("QA 80");
    assertThat(planner.plan(ticket(Map.of(), List.of(), List.of()), both, k -> true)).isEmpty();
  }
}
