package io.shiftlead.plugin.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.application.KpiRecordingTicketRepository;
import io.shiftlead.plugin.core.kpi.GroupBy;
import io.shiftlead.plugin.core.kpi.KpiCalculator;
import io.shiftlead.plugin.core.kpi.KpiCalculatorTestData;
import io.shiftlead.plugin.core.kpi.KpiReport;
import io.shiftlead.plugin.core.kpi.KpiValues;
import io.shiftlead.plugin.core.kpi.SlaOutcomes;
import io.shiftlead.plugin.core.kpi.SurveyFact;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The store's SQL gives the same KPIs as the in-memory formulas on the hand-checked week, for
 * every slicing; run on H2 and, when configured, PostgreSQL.
 */
abstract class KpiStoreContract {
  private Database database;
  private JdbcKpiStore kpis;
  private KpiRecordingTicketRepository tickets;

  abstract Database openFreshStore();

  @BeforeEach
  void openStore() {
    database = openFreshStore();
    kpis = new JdbcKpiStore(database.jdbc(), Clock.systemUTC());
    tickets = new KpiRecordingTicketRepository(
        new JdbcTicketRepository(database.jdbc(), Clock.systemUTC()), kpis, SlaOutcomes.none());
    tickets.upsertAll("zendesk", KpiCalculatorTestData.tickets());
    tickets.upsertSurveys("zendesk", KpiCalculatorTestData.surveys());
  }

  @AfterEach
  void closeStore() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theQaAverageComesFromTheTicketsStoredQaScores() {
    KpiRecordingTicketRepository scored = new KpiRecordingTicketRepository(
        new JdbcTicketRepository(database.jdbc(), Clock.systemUTC()), kpis, SlaOutcomes.none(),
        (connector, ticketIds) -> java.util.Map.of(
            KpiCalculatorTestData.tickets().get(0).id(), 60.0,
            KpiCalculatorTestData.tickets().get(1).id(), 90.0));
    scored.upsertAll("zendesk", KpiCalculatorTestData.tickets());

    KpiReport report = kpis.report("zendesk", KpiCalculatorTestData.WEEK, GroupBy.NONE,
        KpiCalculatorTestData.NOW);

    assertThat(report.total().qaAverage()).isEqualTo(75.0);
  }

  @ParameterizedTest
  @EnumSource(GroupBy.class)
  void storeReportEqualsTheInMemoryFormulas(GroupBy groupBy) {
    KpiReport expected = new KpiCalculator(KpiCalculatorTestData.NOW).report("zendesk",
        KpiCalculatorTestData.ticketFacts(), KpiCalculatorTestData.surveyFacts(),
        KpiCalculatorTestData.WEEK, groupBy);

    KpiReport actual = kpis.report("zendesk", KpiCalculatorTestData.WEEK, groupBy,
        KpiCalculatorTestData.NOW);

    assertThat(maps(actual.slices())).isEqualTo(maps(expected.slices()));
    assertThat(actual.total().asMap()).isEqualTo(expected.total().asMap());
    assertThat(maps(actual.previousSlices())).isEqualTo(maps(expected.previousSlices()));
    assertThat(actual.previousTotal().asMap()).isEqualTo(expected.previousTotal().asMap());
  }

  @Test
  void storedWeekHasTheHandComputedHeadlineNumbers() {
    KpiValues v = kpis.report("zendesk", KpiCalculatorTestData.WEEK, GroupBy.NONE,
        KpiCalculatorTestData.NOW).total();

    assertThat(v.created()).isEqualTo(4);
    assertThat(v.firstReplyP90Minutes()).isEqualTo(86.0);
    assertThat(v.resolutionMedianMinutes()).isEqualTo(300.0);
    assertThat(v.csat()).isCloseTo(1 / 3d, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(v.negativeFollowedUp()).isEqualTo(1);
  }

  @Test
  void anAgentReplyAfterABadRatingMarksItFollowedUp() {
    Ticket c = KpiCalculatorTestData.tickets().stream().filter(t -> t.id().equals("C"))
        .findFirst().orElseThrow();
    List<Comment> comments = new ArrayList<>(c.comments());
    comments.add(new Comment("C-late", Person.of("bo", AuthorRole.AGENT), true,
        io.shiftlead.plugin.core.kpi.KpiCalculatorTestData.at(1460), "Sorry, fixing it now"));

    tickets.upsertAll("zendesk", List.of(c.withComments(comments)));

    List<SurveyFact> negatives = kpis.negativeSurveys("zendesk", KpiCalculatorTestData.WEEK, 10);
    assertThat(negatives).extracting(SurveyFact::responseId).containsExactly("s3", "s6");
    assertThat(negatives.get(0).followUpMinutes()).isEqualTo(60);
    assertThat(negatives.get(0).comment()).isEqualTo("slow");
    KpiValues v = kpis.report("zendesk", KpiCalculatorTestData.WEEK, GroupBy.NONE,
        KpiCalculatorTestData.NOW).total();
    assertThat(v.negativeFollowedUp()).isEqualTo(2);
    assertThat(v.followUpMedianMinutes()).isEqualTo(80.0);
  }

  @Test
  void aTicketStoredAgainReplacesItsFactsAndTags() {
    tickets.upsertAll("zendesk", KpiCalculatorTestData.tickets());

    KpiValues v = kpis.report("zendesk", KpiCalculatorTestData.WEEK, GroupBy.NONE,
        KpiCalculatorTestData.NOW).total();
    assertThat(v.created()).isEqualTo(4);
    assertThat(kpis.slices("zendesk", KpiCalculatorTestData.WEEK, GroupBy.TAG,
        KpiCalculatorTestData.NOW).get("vip").created()).isEqualTo(2);
  }

  @Test
  void theStoredCopiesOfSeveralTicketsAreReadTogether() {
    Map<String, Ticket> found = tickets.findAll("zendesk", List.of("A", "B", "no-such", "A"));

    assertThat(found.keySet()).containsExactlyInAnyOrder("A", "B");
    assertThat(found.get("B")).isEqualTo(tickets.find("zendesk", "B").orElseThrow());
  }

  @Test
  void anAnswerRepeatedInOnePageIsStoredOnceWithItsLastScore() {
    long before = tickets.countSurveys("zendesk");
    io.shiftlead.connectors.spi.model.SurveyResponse first =
        KpiCalculatorTestData.surveys().get(0);
    io.shiftlead.connectors.spi.model.SurveyResponse changed =
        new io.shiftlead.connectors.spi.model.SurveyResponse(first.id(), first.ticketId(),
            first.agentId(), first.kind(), 1, first.scale(), "changed my mind", first.at());

    tickets.upsertSurveys("zendesk", List.of(first, changed));

    assertThat(tickets.countSurveys("zendesk")).isEqualTo(before);
    assertThat(kpis.negativeSurveys("zendesk", KpiCalculatorTestData.WEEK, 10))
        .extracting(SurveyFact::responseId).contains(first.id());
  }

  private static Map<String, Map<String, Object>> maps(Map<String, KpiValues> slices) {
    Map<String, Map<String, Object>> out = new TreeMap<>();
    slices.forEach((k, v) -> out.put(k, v.asMap()));
    return out;
  }
}
