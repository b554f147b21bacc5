package io.shiftlead.plugin.application.qa;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.application.qa.QaService.ReviewRequest;
import io.shiftlead.plugin.core.qa.Calibration;
import io.shiftlead.plugin.core.qa.Category;
import io.shiftlead.plugin.core.qa.Criterion;
import io.shiftlead.plugin.core.qa.FixedReplyTimeTargets;
import io.shiftlead.plugin.core.qa.QaEvaluator;
import io.shiftlead.plugin.core.qa.QaFieldKeys;
import io.shiftlead.plugin.core.qa.QaScorer;
import io.shiftlead.plugin.core.qa.QaSettings;
import io.shiftlead.plugin.core.qa.Scale;
import io.shiftlead.plugin.core.qa.Scorecard;
import io.shiftlead.plugin.core.qa.ScorecardSelection;
import io.shiftlead.plugin.core.qa.SpellingChecker;
import io.shiftlead.plugin.core.qa.checks.BuiltInChecks;
import io.shiftlead.plugin.infrastructure.store.Database;
import io.shiftlead.plugin.infrastructure.store.JdbcDisputeRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcQaRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcTicketRepository;
import io.shiftlead.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** QA results, reviews, disputes, calibration and coaching over a real store (H2, PostgreSQL). */
abstract class QaServiceContract {
  private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");
  private static final Scorecard CARD = new Scorecard("support", "Support", null, 80, List.of(
      new Category("communication", "Communication", 1, List.of(
          new Criterion("greeting", "Greeting", "greeting", null, Scale.PASS_FAIL, 1, false),
          new Criterion("tone", "Tone", "tone", null, Scale.PASS_FAIL, 1, false))),
      new Category("solution", "Solution", 1, List.of(
          new Criterion("correct", "Correct", null, "Was it correct?", Scale.ONE_TO_FIVE, 1,
              false)))));

  private final MutableClock clock = new MutableClock(MONDAY);
  private Database database;
  private JdbcTicketRepository tickets;
  private QaService qa;
  private QaEvaluator evaluator;

  abstract Database openFreshStore();

  @BeforeEach
  void open() {
    database = openFreshStore();
    tickets = new JdbcTicketRepository(database.jdbc(), clock);
    ScorecardSelection selection = new ScorecardSelection(List.of(CARD));
    QaScorer scorer = new QaScorer(BuiltInChecks.create(QaSettings.defaults(),
        SpellingChecker.unavailable(), new FixedReplyTimeTargets(60, 240)));
    qa = new QaService(selection, scorer, tickets, new JdbcQaRepository(database.jdbc()),
        new JdbcDisputeRepository(database.jdbc()), clock);
    evaluator = new QaEvaluator(selection, scorer, QaFieldKeys.defaults(), true,
        (t, r) -> qa.record("zd", t, r));
  }

  @AfterEach
  void close() {
    if (database != null) { // null when the store was skipped (no PostgreSQL)
      database.close();
    }
  }

  /** Stores the ticket (as the pipeline does) and lets the evaluator score and record it. */
  private Ticket scored(String id, String agentId, String reply) {
    Ticket t = ticket().customer("Hello?").agent(reply).build();
    Person agent = new Person(agentId, "Agent " + agentId, null, null, null,
        t.assignee().role());
    Ticket ticket = new Ticket(id, t.source(), t.subject(), t.status(), t.priority(), t.channel(),
        t.createdAt(), t.updatedAt(), t.requester(), agent, t.group(), t.tags(), t.fields(),
        t.comments(), t.statusChanges(), t.surveys(), false, t.commentCount());
    tickets.upsertAll("zd", List.of(ticket));
    evaluator.evaluate(ticket);
    return ticket;
  }

  @Test
  void theTicketViewShowsTheReviewedValueNextToTheAutomatedOne() {
    scored("1", "a-1", "Done, obviously. You need to read the manual.");

    qa.review("zd", "1", new ReviewRequest("tone", "pass", null, "maria", "fine for this customer"));
    qa.review("zd", "1", new ReviewRequest("correct", null, 5, "maria", null));
    var result = qa.ticket("zd", "1").result();

    var tone = result.criteria().stream().filter(c -> c.criterion().id().equals("tone"))
        .findFirst().orElseThrow();
    assertThat(tone.automated().outcome().wireName()).isEqualTo("fail");
    assertThat(tone.review().outcome().wireName()).isEqualTo("pass");
    assertThat(tone.review().comment()).isEqualTo("fine for this customer");
    assertThat(result.categories().get(1).score()).isEqualTo(100.0);
  }

  @Test
  void aReviewOfAnUnknownCriterionOrWithAWrongScaleIsRefusedWithWhatToSend() {
    scored("1", "a-1", "Hi Emma, done. Thanks!");

    assertThatThrownBy(() -> qa.review("zd", "1", new ReviewRequest("greting", "pass", null,
        "maria", null))).hasMessageContaining("has no criterion 'greting'")
        .hasMessageContaining("greeting");
    assertThatThrownBy(() -> qa.review("zd", "1", new ReviewRequest("tone", null, 4, "maria",
        null))).hasMessageContaining("rating: criterion 'tone' is pass_fail");
    assertThatThrownBy(() -> qa.review("zd", "1", new ReviewRequest("tone", "maybe", null,
        "maria", null))).hasMessageContaining("result: pass, fail or na");
    assertThatThrownBy(() -> qa.review("zd", "1", new ReviewRequest("tone", "pass", null, " ",
        null))).hasMessageContaining("reviewer: required");
    assertThatThrownBy(() -> qa.review("zd", "99", new ReviewRequest("tone", "pass", null, "m",
        null))).isInstanceOfSatisfying(QaRequestException.class,
            e -> assertThat(e.notFound()).isTrue());
  }

  @Test
  void aDisputeIsOpenUntilResolvedOnceAndThenKeepsItsStatus() {
    scored("1", "a-1", "Hi Emma, done. Thanks!");

    Dispute opened = qa.dispute("zd", "1", "a-1", "tone", "the customer was rude first");
    Dispute rejected = qa.resolve(opened.id(), "rejected", "maria", "tone is ours to keep");

    assertThat(opened.status()).isEqualTo(Dispute.Status.OPEN);
    assertThat(rejected.status()).isEqualTo(Dispute.Status.REJECTED);
    assertThat(rejected.resolver()).isEqualTo("maria");
    assertThatThrownBy(() -> qa.resolve(opened.id(), "accepted", "boss", null))
        .hasMessageContaining("already rejected");
    assertThatThrownBy(() -> qa.resolve(opened.id(), "maybe", "boss", null))
        .hasMessageContaining("status: accepted or rejected");
    assertThat(qa.ticket("zd", "1").disputes()).extracting(Dispute::status)
        .containsExactly(Dispute.Status.REJECTED);
  }

  @Test
  void aReScoreThatChangedNothingKeepsTheFirstScoringTime() {
    Ticket t = scored("1", "a-1", "Hi Emma, done. Thanks!");
    clock.advance(Duration.ofDays(8));

    evaluator.evaluate(t);

    assertThat(qa.coaching("zd", "a-1", MONDAY, MONDAY.plus(Duration.ofDays(1)))).hasSize(1);
  }

  @Test
  void calibrationComparesTheLatestReviewWithTheStoredCheckPerCriterion() {
    scored("1", "a-1", "Hi Emma, done. Thanks!");          // greeting pass
    scored("2", "a-1", "Done. Obviously read the manual."); // greeting fail
    qa.review("zd", "1", new ReviewRequest("greeting", "fail", null, "maria", null));
    qa.review("zd", "1", new ReviewRequest("greeting", "pass", null, "maria", "changed my mind"));
    qa.review("zd", "2", new ReviewRequest("greeting", "fail", null, "maria", null));

    List<Calibration.Agreement> report = qa.calibration("zd", MONDAY.minusSeconds(1),
        MONDAY.plusSeconds(1));

    assertThat(report).singleElement().satisfies(a -> {
      assertThat(a.criterionId()).isEqualTo("greeting");
      assertThat(a.pairs()).isEqualTo(2);
      assertThat(a.percentAgreement()).isEqualTo(100.0);
      assertThat(a.kappa()).isEqualTo(1.0);
    });
  }

  @Test
  void coachingShowsWeeklyCategoryTrendsAndTheMostFailedCriteriaWithExampleTickets() {
    scored("1", "a-1", "Done. Obviously read the manual.");
    clock.advance(Duration.ofDays(7));
    scored("2", "a-1", "Hi Emma, done. Thanks!");
    scored("3", "a-1", "Done. You need to read the manual, as I said.");
    scored("4", "a-2", "Hi Emma, done. Thanks!");

    var coaching = qa.coaching("zd", "a-1", MONDAY, MONDAY.plus(Duration.ofDays(14)));

    assertThat(coaching).singleElement().satisfies(c -> {
      assertThat(c.agent()).isEqualTo("a-1");
      assertThat(c.tickets()).isEqualTo(3);
      assertThat(c.categories().get("communication")).extracting(Coaching.WeekScore::week)
          .extracting(Object::toString).containsExactly("2026-03-02", "2026-03-09");
      assertThat(c.lowestCriteria().get(0).criterion()).isIn("greeting", "tone");
      assertThat(c.lowestCriteria().get(0).exampleTickets()).contains("1");
    });
    assertThat(qa.coaching("zd", null, MONDAY, MONDAY.plus(Duration.ofDays(14))))
        .extracting(Coaching.AgentCoaching::agent).containsExactly("a-1", "a-2");
  }
}
