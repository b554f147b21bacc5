package io.shiftlead.plugin.core.kpi;

import static io.shiftlead.plugin.core.kpi.KpiTickets.ticket;

import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One week of hand-checked tickets (minutes after Monday 2026-11-02 00:00 UTC), the numbers
 * worked out in the comments and in KpiCalculatorTest; the same dataset checks the store's SQL
 * (KpiStoreContract).
 */
public final class KpiCalculatorTestData {
  private KpiCalculatorTestData() {}

  public static Instant at(long minute) {
    return KpiTickets.at(minute);
  }

  public static final KpiPeriod WEEK = new KpiPeriod(at(0), at(7 * 1440));
  public static final Instant NOW = at(7 * 1440 + 1000);

  public static List<Ticket> tickets() {
    return List.of(
        // A: reply after 10, solved at 60 with one reply: one-touch; new 0-60 = 60 handle
        ticket("A", 0).customer(0).agent(10).status(60, TicketStatus.OPEN, TicketStatus.SOLVED)
            .tags("vip").build(),
        // B: reply after 30, solved 200, reopened 250, solved 400: resolution 300, handle 250
        ticket("B", 100).customer(100).agent(130)
            .status(200, TicketStatus.OPEN, TicketStatus.SOLVED)
            .status(250, TicketStatus.SOLVED, TicketStatus.OPEN)
            .status(400, TicketStatus.OPEN, TicketStatus.SOLVED).build(),
        // C: replies after 100 and 200, solved at 1300: two replies, not one-touch; handle 100
        ticket("C", 1000).assignee("bo").customer(1000).agent(1100).agent(1200)
            .status(1100, TicketStatus.OPEN, TicketStatus.PENDING)
            .status(1300, TicketStatus.PENDING, TicketStatus.SOLVED).tags("vip", "refund").build(),
        // D: unanswered, in the backlog
        ticket("D", 2000).assignee("bo").customer(2000).build(),
        // E: deleted: counts nowhere
        ticket("E", 50).customer(50).agent(55).deleted().build(),
        // F: created the week before, answered then, still open: backlog of both weeks
        ticket("F", -1440).customer(-1440).agent(-1000).build(),
        // G: created and solved the week before
        ticket("G", -5000).customer(-5000).agent(-4900)
            .status(-4000, TicketStatus.OPEN, TicketStatus.SOLVED).build());
  }

  public static List<SurveyResponse> surveys() {
    return List.of(
        new SurveyResponse("s1", "A", null, SurveyKind.CSAT, 5, "1-5", null, at(100)),
        new SurveyResponse("s2", "B", null, SurveyKind.CSAT, 3, "1-5", null, at(450)),
        new SurveyResponse("s3", "C", "bo", SurveyKind.CSAT, 0, "good-bad", "slow", at(1400)),
        new SurveyResponse("s4", "A", null, SurveyKind.NPS, 10, "0-10", null, at(100)),
        new SurveyResponse("s5", "C", null, SurveyKind.NPS, 7, "0-10", null, at(1400)),
        // a detractor on B at 300, followed up by the solve at 400: 100 minutes
        new SurveyResponse("s6", "B", null, SurveyKind.NPS, 3, "0-10", null, at(300)),
        new SurveyResponse("s7", "A", null, SurveyKind.CES, 6, "1-7", null, at(100)),
        new SurveyResponse("s8", "B", null, SurveyKind.CES, 4, "1-7", null, at(450)),
        // answered on the deleted ticket: counts nowhere
        new SurveyResponse("s9", "E", null, SurveyKind.CSAT, 0, "good-bad", null, at(100)));
  }

  public static List<TicketFact> ticketFacts() {
    return tickets().stream().map(t -> TicketFacts.of("zendesk", t, SlaOutcomes.Outcome.NONE,
        null)).toList();
  }

  public static List<SurveyFact> surveyFacts() {
    Map<String, Ticket> byId = new java.util.HashMap<>();
    tickets().forEach(t -> byId.put(t.id(), t));
    List<SurveyFact> out = new ArrayList<>();
    surveys().forEach(s -> out.add(SurveyFacts.of("zendesk", s, byId.get(s.ticketId()))));
    return out;
  }

}
