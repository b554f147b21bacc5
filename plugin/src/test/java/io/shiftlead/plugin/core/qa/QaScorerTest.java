package io.shiftlead.plugin.core.qa;

import static io.shiftlead.plugin.core.qa.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QaScorerTest {
  /** A check that answers what it is told, so the arithmetic is visible. */
  private static QaCheck fixed(String id, Outcome outcome) {
    return new QaCheck() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public CheckResult check(Conversation conversation) {
        return new CheckResult(id, outcome, 0.9, List.of(new Evidence(null, "", "told so")));
      }
    };
  }

  private static Criterion auto(String id, double weight, boolean critical) {
    return new Criterion(id, null, id, null, Scale.PASS_FAIL, weight, critical);
  }

  private final QaScorer scorer = new QaScorer(Map.of(
      "a", fixed("a", Outcome.PASS), "b", fixed("b", Outcome.FAIL), "n", fixed("n", Outcome.NA),
      "crit", fixed("crit", Outcome.FAIL)));
  private final Conversation conversation = ticket().customer("Q").agent("A").conversation();

  @Test
  void weightsCriteriaWithinACategoryAndCategoriesWithinTheScorecard() {
    Scorecard card = new Scorecard("s", null, null, 70, List.of(
        new Category("c1", null, 3, List.of(auto("a", 3, false), auto("b", 1, false))),
        new Category("c2", null, 1, List.of(auto("b", 1, false)))));

    QaResult result = scorer.score(card, conversation);

    // c1 = 3/4 = 75, c2 = 0; overall = (3*75 + 1*0) / 4 = 56.25 -> 56.3
    assertThat(result.categories()).extracting(CategoryScore::score).containsExactly(75.0, 0.0);
    assertThat(result.score()).isEqualTo(56.3);
    assertThat(result.passed()).isFalse();
  }

  @Test
  void notApplicableCriteriaAndEmptyCategoriesLeaveTheDenominator() {
    Scorecard card = new Scorecard("s", null, null, 80, List.of(
        new Category("c1", null, 1, List.of(auto("a", 1, false), auto("n", 5, false))),
        new Category("c2", null, 9, List.of(auto("n", 1, false)))));

    QaResult result = scorer.score(card, conversation);

    assertThat(result.score()).isEqualTo(100.0);
    assertThat(result.categories().get(1).score()).isNull();
    assertThat(result.passed()).isTrue();
  }

  @Test
  void aFailedCriticalCriterionAutoFailsTheConversationButKeepsTheRawScore() {
    Scorecard card = new Scorecard("s", null, null, 50, List.of(
        new Category("c1", null, 1, List.of(auto("a", 9, false), auto("crit", 1, true)))));

    QaResult result = scorer.score(card, conversation);

    assertThat(result.autoFail()).isTrue();
    assertThat(result.score()).isEqualTo(0.0);
    assertThat(result.rawScore()).isEqualTo(90.0);
    assertThat(result.passed()).isFalse();
  }

  @Test
  void manualQuestionsArePendingUntilReviewedAndThenCountOnTheirScale() {
    Criterion manual = new Criterion("correct", "Correct answer", null, "Was it correct?",
        Scale.ONE_TO_FIVE, 1, false);
    Scorecard card = new Scorecard("s", null, null, 80, List.of(
        new Category("c", null, 1, List.of(auto("a", 1, false), manual))));

    QaResult pending = scorer.score(card, conversation);
    QaResult reviewed = scorer.score(card, conversation,
        List.of(new Review("correct", null, 2, "manager@acme", "missed the VAT part")));

    assertThat(pending.score()).isEqualTo(100.0);
    // (1 + (2-1)/4) / 2 = 62.5
    assertThat(reviewed.score()).isEqualTo(62.5);
    assertThat(reviewed.criteria().get(1).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aReviewerOverrideWinsAndTheAutomatedValueStaysVisible() {
    Scorecard card = new Scorecard("s", null, null, 80, List.of(
        new Category("c", null, 1, List.of(auto("crit", 1, true), auto("a", 1, false)))));

    QaResult result = scorer.score(card, conversation,
        List.of(Review.of("crit", Outcome.PASS, "lead@acme", "phrase was quoted from policy")));

    assertThat(result.autoFail()).isFalse();
    assertThat(result.score()).isEqualTo(100.0);
    assertThat(result.criteria().get(0).automated().outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result.criteria().get(0).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void aScorecardWhereNothingAppliesHasNoScore() {
    Scorecard card = new Scorecard("s", null, null, 80, List.of(
        new Category("c", null, 1, List.of(auto("n", 1, false)))));

    assertThat(scorer.score(card, conversation).hasScore()).isFalse();
  }
}
