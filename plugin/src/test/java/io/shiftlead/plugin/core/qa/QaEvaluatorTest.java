package io.shiftlead.plugin.core.qa;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.application.PlannedUpdate;
import io.shiftlead.plugin.application.WriteBackPlanner;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import io.shiftlead.plugin.core.qa.checks.BuiltInChecks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QaEvaluatorTest {
  private static final Scorecard CARD = new Scorecard("support", "Support", null, 80, List.of(
      new Category("communication", "Communication", 1, List.of(
          new Criterion("greeting", "Greeting", "greeting", null, Scale.PASS_FAIL, 1, false),
          new Criterion("tone", "Tone", "tone", null, Scale.PASS_FAIL, 1, false),
          new Criterion("prohibited", "No prohibited phrases", "prohibited_phrases", null,
              Scale.PASS_FAIL, 1, true)))));

  private final QaEvaluator evaluator = new QaEvaluator(
      new ScorecardSelection(List.of(CARD)),
      new QaScorer(BuiltInChecks.create(QaSettings.defaults(), SpellingChecker.unavailable(),
          new FixedReplyTimeTargets(60, 240))),
      QaFieldKeys.defaults(), true);

  @Test
  void writesScoreAndResultFieldsAndOneNoteWithTheBreakdown() {
    Evaluation e = evaluator.evaluate(ticket().customer("Hello?")
        .agent("Hi Emma,\nthe refund is done. Happy to help!").build());

    assertThat(e.fields()).containsEntry("qa_score", 100L).containsEntry("qa_result", "pass");
    assertThat(e.keyedNotes().get(QaEvaluator.NOTE_KEY)).startsWith("Shiftlead QA (scorecard support): 100.0/100, PASS")
        .contains("- Greeting: PASS, confidence 0.90")
        .contains("opens with the greeting \"Hi\"");
  }

  @Test
  void aCriticalFailureShowsAutoFailInFieldsAndNote() {
    Evaluation e = evaluator.evaluate(ticket().customer("Hello?")
        .agent("Hi Emma, calm down, it is fixed. Thanks!").build());

    assertThat(e.fields()).containsEntry("qa_score", 0L).containsEntry("qa_result", "fail");
    assertThat(e.keyedNotes().get(QaEvaluator.NOTE_KEY)).contains("FAIL (auto-fail)").contains("(critical)")
        .contains("prohibited phrase \"calm down\"");
  }

  @Test
  void leavesUnsolvedDeletedAndReplylessTicketsAlone() {
    assertThat(evaluator.evaluate(ticket().status(TicketStatus.OPEN).customer("Q").agent("A")
        .build()).decidesNothing()).isTrue();
    assertThat(evaluator.evaluate(ticket().customer("Q").build()).decidesNothing()).isTrue();
  }

  @Test
  void reScoringTheSameConversationYieldsTheIdenticalNote() {
    Ticket t = ticket().customer("This is ridiculous!").agent("Reinstall the app.").build();

    assertThat(evaluator.evaluate(t).keyedNotes()).isEqualTo(evaluator.evaluate(t).keyedNotes());
  }

  @Test
  void afterTheWriteBackReScoringPlansNoSecondNoteAndNoFieldChange() {
    Ticket before = ticket().customer("Hello?").agent("Hi Emma, done. Thanks!").build();
    WriteBackPlanner planner = new WriteBackPlanner();
    PlannedUpdate first = planner.plan(before, evaluator.evaluate(before), key -> false)
        .orElseThrow();

    // the helpdesk now shows our fields and our internal note (with its marker)
    List<Comment> comments = new ArrayList<>(before.comments());
    comments.add(new Comment("note-1", new Person("bot", "Shiftlead", null, null, null,
        AuthorRole.AGENT), false, Instant.parse("2026-03-02T12:00:00Z"),
        first.update().note().body() + "\n" + first.update().note().marker()));
    Map<String, Object> fields = new HashMap<>(before.fields());
    fields.putAll(first.update().customFields());
    Ticket after = new Ticket(before.id(), before.source(), before.subject(), before.status(),
        before.priority(), before.channel(), before.createdAt(), Instant.parse("2026-03-02T12:00:01Z"),
        before.requester(), before.assignee(), before.group(), before.tags(), fields, comments,
        before.statusChanges(), before.surveys(), false, comments.size());

    Optional<PlannedUpdate> second = planner.plan(after, evaluator.evaluate(after), key -> false);

    assertThat(second).isEmpty();
  }

  @Test
  void perReplyScoringGradesEachReplyAndTheViewListsChecksForTheReplayLine() {
    Ticket t = ticket().customer("Hello?").agent("Hi Emma, done. Thanks!").customer("And X?")
        .agent("CALM DOWN.").build();

    List<QaResult> results = evaluator.scorePerReply(t);

    assertThat(results).hasSize(2);
    assertThat(results.get(0).passed()).isTrue();
    assertThat(results.get(1).autoFail()).isTrue();
    Map<String, Object> view = QaView.of(results.get(1));
    assertThat(view).containsEntry("scorecard", "support").containsEntry("autoFail", true);
    assertThat((List<?>) view.get("checks")).hasSize(3).first().asString()
        .contains("id=greeting").contains("result=na");
  }
}
