package io.shiftlead.plugin.core.rules;

import static io.shiftlead.plugin.core.rules.TestTickets.CREATED;
import static io.shiftlead.plugin.core.rules.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TicketFactsTest {

  private static Object value(String field, TicketFacts facts) {
    return Fields.byName(field).orElseThrow().valueIn(facts);
  }

  @Test
  void customerRepliesAreCountedSinceTheLatestAgentReply() {
    TestTickets t = ticket().customerSays("help", 0).agentSays("on it", 10)
        .customerSays("any news?", 60).customerSays("hello??", 120);
    assertThat(value("customer_replies_since_agent_reply", t.facts())).isEqualTo(2);
  }

  @Test
  void beforeAnyAgentReplyTheOpeningMessageIsNotAReply() {
    TestTickets t = ticket().customerSays("help", 0).customerSays("still waiting", 30);
    assertThat(value("customer_replies_since_agent_reply", t.facts())).isEqualTo(1);
  }

  @Test
  void reopeningsCountMovesOutOfSolvedBackToWork() {
    TestTickets t = ticket();
    t.statusChanges.add(new StatusChange(CREATED, null, TicketStatus.NEW));
    t.statusChanges.add(new StatusChange(CREATED.plusSeconds(100), TicketStatus.NEW,
        TicketStatus.SOLVED));
    t.statusChanges.add(new StatusChange(CREATED.plusSeconds(200), TicketStatus.SOLVED,
        TicketStatus.OPEN));
    t.statusChanges.add(new StatusChange(CREATED.plusSeconds(300), TicketStatus.OPEN,
        TicketStatus.SOLVED));
    t.statusChanges.add(new StatusChange(CREATED.plusSeconds(400), TicketStatus.SOLVED,
        TicketStatus.PENDING));
    assertThat(value("times_reopened", t.facts())).isEqualTo(2);
  }

  @Test
  void agesComeFromTheEvaluationInstantNotTheWallClock() {
    TestTickets t = ticket();
    t.updatedAt = CREATED.plus(Duration.ofHours(2));
    TicketFacts facts = t.factsAt(CREATED.plus(Duration.ofHours(50)));
    assertThat(value("age_hours", facts)).isEqualTo(50.0);
    assertThat(value("business_age_hours", facts)).isEqualTo(50.0);
    assertThat(value("hours_since_update", facts)).isEqualTo(48.0);
  }

  @Test
  void weekdayAndHourAreReadInTheBusinessTimeZone() {
    TicketFacts facts = TicketFacts.of(ticket().build(), Instant.parse("2026-11-02T23:30:00Z"),
        BusinessTime.always(ZoneId.of("Asia/Tokyo")));
    assertThat(value("weekday", facts)).isEqualTo("tuesday");
    assertThat(value("hour", facts)).isEqualTo(8);
    assertThat(value("within_business_hours", facts)).isEqualTo(true);
  }

  @Test
  void theLatestCsatIsReadAsGoodNeutralOrBadWhateverItsScale() {
    TestTickets t = ticket();
    t.surveys.add(survey(1, "good-bad", 1));
    t.surveys.add(survey(2, "1-5", 2));
    assertThat(value("latest_csat", t.facts())).isEqualTo("bad");
    assertThat(value("latest_csat_score", t.facts())).isEqualTo(2.0);
    t.surveys.add(survey(9, "0-10", 3));
    assertThat(value("latest_csat", t.facts())).isEqualTo("good");
  }

  @Test
  void languageIsTheRequesterLocalesLanguage() {
    assertThat(value("language", ticket().facts())).isEqualTo("pt");
  }

  private static SurveyResponse survey(double score, String scale, int minutes) {
    return new SurveyResponse("s" + minutes, "T-1", null, SurveyKind.CSAT, score, scale, null,
        CREATED.plusSeconds(60L * minutes));
  }
}
