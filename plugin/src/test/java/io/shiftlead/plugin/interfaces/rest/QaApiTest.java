package io.shiftlead.plugin.interfaces.rest;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.application.qa.QaService;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The QA API's answers: JSON shapes for the sidebar and reports, and each 400 and 404. */
class QaApiTest {
  private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
  private static final Scorecard CARD = new Scorecard("support", "Support", null, 80, List.of(
      new Category("communication", "Communication", 1, List.of(
          new Criterion("greeting", "Greeting", "greeting", null, Scale.PASS_FAIL, 1, false),
          new Criterion("prohibited", "No prohibited phrases", "prohibited_phrases", null,
              Scale.PASS_FAIL, 1, true))),
      new Category("solution", "Solution", 1, List.of(
          new Criterion("correct", "Correct", null, "Was it correct?", Scale.ONE_TO_FIVE, 1,
              false)))));

  private final MutableClock clock = new MutableClock(NOW);
  private Database database;
  private QaApi api;

  @BeforeEach
  void open() {
    database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    JdbcTicketRepository tickets = new JdbcTicketRepository(database.jdbc(), clock);
    ScorecardSelection selection = new ScorecardSelection(List.of(CARD));
    QaScorer scorer = new QaScorer(BuiltInChecks.create(QaSettings.defaults(),
        SpellingChecker.unavailable(), new FixedReplyTimeTargets(60, 240)));
    QaService qa = new QaService(selection, scorer, tickets, new JdbcQaRepository(database.jdbc()),
        new JdbcDisputeRepository(database.jdbc()), clock);
    Ticket t = ticket().customer("Hello?").agent("Hi Emma, done. Thanks!").build();
    tickets.upsertAll("zd", List.of(t));
    new QaEvaluator(selection, scorer, QaFieldKeys.defaults(), true,
        (ticket, result) -> qa.record("zd", ticket, result)).evaluate(t);
    api = new QaApi(Optional.of(qa), clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static JsonNode json(QaApi.Answer answer) throws Exception {
    return QaApi.JSON.readTree(answer.json());
  }

  @Test
  void theSidebarBadgeShowsScoreCategoriesCriteriaAndChecksWithEvidence() throws Exception {
    QaApi.Answer answer = api.ticket("zd", "4711");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode qa = json(answer);
    assertThat(qa.path("scorecard").asText()).isEqualTo("support");
    assertThat(qa.path("score").asDouble()).isEqualTo(100.0);
    assertThat(qa.path("autoFail").asBoolean()).isFalse();
    assertThat(qa.path("result").asText()).isEqualTo("pass");
    JsonNode greeting = qa.path("categories").get(0).path("criteria").get(0);
    assertThat(greeting.path("automated").path("result").asText()).isEqualTo("pass");
    assertThat(greeting.path("automated").path("evidence").get(0).path("span").asText())
        .isEqualTo("Hi Emma, done. Thanks!");
    assertThat(greeting.path("reviewed").isNull()).isTrue();
    JsonNode manual = qa.path("categories").get(1).path("criteria").get(0);
    assertThat(manual.path("result").asText()).isEqualTo("na");
    assertThat(manual.path("question").asText()).isEqualTo("Was it correct?");
    assertThat(qa.path("checks")).extracting(c -> c.path("id").asText())
        .contains("greeting", "prohibited_phrases");
  }

  @Test
  void aReviewIsShownNextToTheAutomatedValueAndCountsInTheScore() throws Exception {
    QaApi.Answer created = api.review("zd", "4711", """
        {"criterion":"greeting","result":"fail","reviewer":"maria","comment":"too casual"}""");
    api.review("zd", "4711", """
        {"criterion":"correct","rating":2,"reviewer":"maria"}""");

    assertThat(created.status()).isEqualTo(201);
    JsonNode qa = json(api.ticket("zd", "4711"));
    JsonNode greeting = qa.path("categories").get(0).path("criteria").get(0);
    assertThat(greeting.path("automated").path("result").asText()).isEqualTo("pass");
    assertThat(greeting.path("reviewed").path("result").asText()).isEqualTo("fail");
    assertThat(greeting.path("reviewed").path("comment").asText()).isEqualTo("too casual");
    assertThat(qa.path("categories").get(1).path("score").asDouble()).isEqualTo(25.0);
  }

  @Test
  void badReviewsAnswer400WithWhatIsWrong() throws Exception {
    assertThat(api.review("zd", "4711", "{not json").status()).isEqualTo(400);
    QaApi.Answer rating = api.review("zd", "4711",
        "{\"criterion\":\"correct\",\"rating\":\"five\",\"reviewer\":\"m\"}");
    QaApi.Answer unknown = api.review("zd", "4711",
        "{\"criterion\":\"greting\",\"result\":\"pass\",\"reviewer\":\"m\"}");

    assertThat(rating.status()).isEqualTo(400);
    assertThat(json(rating).path("error").asText()).contains("rating: a whole number 1-5");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(json(unknown).path("error").asText()).contains("no criterion 'greting'");
    assertThat(api.review("zd", "nope", "{\"criterion\":\"greeting\",\"result\":\"pass\","
        + "\"reviewer\":\"m\"}").status()).isEqualTo(404);
  }

  @Test
  void aDisputeIsOpenedThenAcceptedAndShowsOnTheTicket() throws Exception {
    JsonNode opened = json(api.dispute("zd", "4711",
        "{\"agent\":\"a-1\",\"criterion\":\"greeting\",\"reason\":\"I did greet\"}"));
    QaApi.Answer accepted = api.resolve(opened.path("id").asText(),
        "{\"status\":\"accepted\",\"resolver\":\"maria\",\"comment\":\"fair\"}");

    assertThat(opened.path("status").asText()).isEqualTo("open");
    assertThat(json(accepted).path("status").asText()).isEqualTo("accepted");
    assertThat(api.resolve(opened.path("id").asText(),
        "{\"status\":\"rejected\",\"resolver\":\"x\"}").status()).isEqualTo(400);
    assertThat(api.resolve("12345", "{\"status\":\"rejected\",\"resolver\":\"x\"}").status())
        .isEqualTo(404);
    assertThat(json(api.ticket("zd", "4711")).path("disputes").get(0).path("status").asText())
        .isEqualTo("accepted");
  }

  @Test
  void aReviewerScopedToOtherConnectorsCannotResolveTheDispute() throws Exception {
    JsonNode opened = json(api.dispute("zd", "4711",
        "{\"agent\":\"a-1\",\"reason\":\"unfair\"}"));
    String resolve = "{\"status\":\"accepted\",\"resolver\":\"r\"}";

    QaApi.Answer otherScope = api.resolve(opened.path("id").asText(), resolve,
        "globex"::equals);

    assertThat(otherScope.status()).isEqualTo(404);
    assertThat(json(otherScope).path("error").asText()).isEqualTo("no dispute "
        + opened.path("id").asText());
    assertThat(json(api.ticket("zd", "4711")).path("disputes").get(0).path("status").asText())
        .isEqualTo("open");
    assertThat(api.resolve(opened.path("id").asText(), resolve, "zd"::equals).status())
        .isEqualTo(200);
  }

  @Test
  void reportsNeedAConnectorAndReadableDatesAndAnswerPerCriterionAndPerAgent() throws Exception {
    api.review("zd", "4711", "{\"criterion\":\"greeting\",\"result\":\"pass\",\"reviewer\":\"m\"}");
    clock.advance(java.time.Duration.ofMinutes(1)); // reports end now, exclusive

    JsonNode calibration = json(api.calibration("zd", "2026-03-01", null));
    JsonNode coaching = json(api.coaching("zd", null, null, null));

    assertThat(calibration.path("criteria").get(0).path("criterion").asText())
        .isEqualTo("greeting");
    assertThat(calibration.path("criteria").get(0).path("percentAgreement").asDouble())
        .isEqualTo(100.0);
    assertThat(coaching.path("agents").get(0).path("agent").asText()).isEqualTo("a-1");
    assertThat(coaching.path("agents").get(0).path("categories").path("communication").get(0)
        .path("week").asText()).isEqualTo("2026-03-02");
    assertThat(api.calibration(null, null, null).status()).isEqualTo(400);
    assertThat(json(api.calibration("zd", "yesterday", null)).path("error").asText())
        .contains("from: a date (2026-03-01)");
  }

  @Test
  void withoutAQaDirectoryTheApiSaysQaIsOff() throws Exception {
    QaApi.Answer answer = new QaApi(Optional.empty(), clock).ticket("zd", "4711");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(json(answer).path("error").asText()).contains("qaDirectory");
  }
}
