package io.shiftlead.plugin.core.kpi;

import static io.shiftlead.plugin.core.kpi.KpiTickets.at;
import static io.shiftlead.plugin.core.kpi.KpiTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.TicketStatus;
import org.junit.jupiter.api.Test;

class SurveyFactsTest {

  private static SurveyFact fact(SurveyKind kind, double score, String scale) {
    return SurveyFacts.of("zendesk", new SurveyResponse("s", "1", null, kind, score, scale, null,
        at(100)), null);
  }

  @Test
  void csatOnOneToFiveCountsOnlyFourAndFiveAsSatisfiedAndOneTwoAsNegative() {
    assertThat(fact(SurveyKind.CSAT, 5, "1-5").satisfied()).isTrue();
    assertThat(fact(SurveyKind.CSAT, 4, "1-5").satisfied()).isTrue();
    assertThat(fact(SurveyKind.CSAT, 3, "1-5").satisfied()).isFalse();
    assertThat(fact(SurveyKind.CSAT, 3, "1-5").negative()).isFalse();
    assertThat(fact(SurveyKind.CSAT, 2, "1-5").negative()).isTrue();
  }

  @Test
  void csatGoodBadIsOneForGoodAndZeroForBad() {
    assertThat(fact(SurveyKind.CSAT, 1, "good-bad").satisfied()).isTrue();
    assertThat(fact(SurveyKind.CSAT, 0, "good-bad").satisfied()).isFalse();
    assertThat(fact(SurveyKind.CSAT, 0, "good-bad").negative()).isTrue();
  }

  @Test
  void npsClassesArePromotersNineTenPassivesSevenEightDetractorsZeroToSix() {
    assertThat(fact(SurveyKind.NPS, 9, "0-10").npsClass()).isEqualTo(SurveyFact.NpsClass.PROMOTER);
    assertThat(fact(SurveyKind.NPS, 8, "0-10").npsClass()).isEqualTo(SurveyFact.NpsClass.PASSIVE);
    assertThat(fact(SurveyKind.NPS, 7, "0-10").npsClass()).isEqualTo(SurveyFact.NpsClass.PASSIVE);
    assertThat(fact(SurveyKind.NPS, 6, "0-10").npsClass())
        .isEqualTo(SurveyFact.NpsClass.DETRACTOR);
    assertThat(fact(SurveyKind.NPS, 6, "0-10").negative()).isTrue();
  }

  @Test
  void cesKeepsOneToSevenScoresAndMapsOtherScalesOntoOneToSeven() {
    assertThat(fact(SurveyKind.CES, 6, "1-7").cesScore()).isEqualTo(6.0);
    assertThat(fact(SurveyKind.CES, 5, "1-5").cesScore()).isEqualTo(7.0);
    assertThat(fact(SurveyKind.CES, 3, "1-5").cesScore()).isEqualTo(4.0);
    assertThat(fact(SurveyKind.CES, 2, "1-7").negative()).isTrue();
  }

  @Test
  void scoreOffTheScaleOrAnUnreadableScaleIsRejectedWithTheValue() {
    assertThatThrownBy(() -> fact(SurveyKind.CSAT, 6, "1-5"))
        .hasMessageContaining("score 6 is outside the scale 1-5");
    assertThatThrownBy(() -> fact(SurveyKind.CSAT, 3, "stars"))
        .hasMessageContaining("scale 'stars'");
    assertThatThrownBy(() -> fact(SurveyKind.CSAT, 3, "5-1"))
        .hasMessageContaining("low < high");
  }

  @Test
  void aNegativeAnswerIsFollowedUpByTheNextAgentReplyOrStatusChange() {
    var t = ticket("1", 0).customer(0).agent(10).agent(160)
        .status(200, TicketStatus.SOLVED, TicketStatus.OPEN).build();
    SurveyFact bad = SurveyFacts.of("zendesk", new SurveyResponse("s", "1", null, SurveyKind.CSAT,
        0, "good-bad", "slow", at(100)), t);
    SurveyFact good = SurveyFacts.of("zendesk", new SurveyResponse("s", "1", null,
        SurveyKind.CSAT, 1, "good-bad", null, at(100)), t);

    assertThat(bad.followedUpAt()).isEqualTo(at(160));
    assertThat(bad.followUpMinutes()).isEqualTo(60);
    assertThat(bad.agentId()).isEqualTo("ana");
    assertThat(good.followedUpAt()).isNull();
  }
}
