package io.shiftlead.plugin.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurveyIntakeServiceTest {
  private final List<SurveyResponse> stored = new ArrayList<>();
  private final TicketRepository repository = new TicketRepository() {
    @Override
    public void upsertAll(String connector, List<Ticket> tickets) {}

    @Override
    public Optional<Ticket> find(String connector, String ticketId) {
      return Optional.empty();
    }

    @Override
    public long count(String connector) {
      return 0;
    }

    @Override
    public void forEachOpen(String connector, java.util.function.Consumer<Ticket> each) {}

    @Override
    public void upsertSurveys(String connector, List<SurveyResponse> responses) {
      stored.addAll(responses);
    }

    @Override
    public long countSurveys(String connector) {
      return stored.size();
    }
  };
  private final SurveyIntakeService intake = new SurveyIntakeService(repository,
      Clock.fixed(Instant.parse("2026-11-05T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void goodRowsAreStoredAndBadRowsReportedWithTheirLineAndReason() {
    SurveyIntakeService.Result result = intake.accept("zendesk", List.of(
        Map.of("ticket", "17", "kind", "csat", "score", "2", "comment", "slow"),
        Map.of("ticket", "18", "kind", "stars", "score", "2"),
        Map.of("ticket", "19", "kind", "nps", "score", "11"),
        Map.of("kind", "ces", "score", "3"),
        Map.of("ticket", "20", "kind", "csat", "score", "bad", "scale", "good-bad",
            "answeredAt", "2026-11-04T09:00:00Z", "agent", "ana"),
        Map.of("ticket", "21", "kind", "ces", "score", "x"),
        Map.of("ticket", "22", "kind", "csat", "score", "4", "answeredAt", "yesterday")), 2);

    assertThat(result.accepted()).hasSize(2);
    assertThat(result.rejected()).extracting(SurveyIntakeService.Rejected::line)
        .containsExactly(3, 4, 5, 7, 8);
    assertThat(result.rejected()).extracting(SurveyIntakeService.Rejected::error).containsExactly(
        "kind 'stars' is not csat, nps or ces",
        "score 11 is outside the scale 0-10",
        "ticket is missing",
        "score 'x' is not a number",
        "answeredAt 'yesterday' is not an ISO-8601 instant such as 2026-11-02T10:15:00Z");
    assertThat(stored).hasSize(2);
    SurveyResponse first = stored.get(0);
    assertThat(first.scale()).isEqualTo("1-5");
    assertThat(first.kind()).isEqualTo(SurveyKind.CSAT);
    assertThat(first.at()).isEqualTo(Instant.parse("2026-11-05T12:00:00Z"));
    assertThat(stored.get(1).score()).isZero();
    assertThat(stored.get(1).agentId()).isEqualTo("ana");
  }

  @Test
  void theSameAnswerSentTwiceGetsTheSameIdSoItIsStoredOnce() {
    Map<String, String> row = Map.of("ticket", "17", "kind", "nps", "score", "3",
        "answeredAt", "2026-11-04T09:00:00Z");

    String first = intake.accept("zendesk", List.of(row), 1).accepted().get(0);
    String second = intake.accept("zendesk", List.of(row), 1).accepted().get(0);

    assertThat(first).isEqualTo(second).startsWith("ext-");
  }
}
