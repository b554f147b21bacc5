package io.shiftlead.plugin.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shiftlead.plugin.core.qa.Calibration.Agreement;
import io.shiftlead.plugin.core.qa.Calibration.Pair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  private static List<Pair> pairs(String criterion, String... automatedReviewed) {
    List<Pair> list = new ArrayList<>();
    for (String ar : automatedReviewed) {
      String[] parts = ar.split("/");
      list.add(new Pair(criterion, parts[0], parts[1]));
    }
    return list;
  }

  @Test
  void computesPercentAgreementAndKappaForATextbookTable() {
    // 20 pass/pass, 5 pass/fail, 10 fail/pass, 15 fail/fail: po = .70, pe = .5, kappa = .40
    List<Pair> data = new ArrayList<>();
    for (int i = 0; i < 20; i++) data.add(new Pair("tone", "pass", "pass"));
    for (int i = 0; i < 5; i++) data.add(new Pair("tone", "pass", "fail"));
    for (int i = 0; i < 10; i++) data.add(new Pair("tone", "fail", "pass"));
    for (int i = 0; i < 15; i++) data.add(new Pair("tone", "fail", "fail"));

    Agreement a = Calibration.agreement("tone", data);

    assertThat(a.pairs()).isEqualTo(50);
    assertThat(a.percentAgreement()).isCloseTo(70.0, within(1e-9));
    assertThat(a.kappa()).isCloseTo(0.40, within(1e-9));
  }

  @Test
  void perfectAgreementIsKappaOneAndSystematicDisagreementIsNegative() {
    assertThat(Calibration.agreement("g", pairs("g", "pass/pass", "fail/fail")).kappa())
        .isEqualTo(1.0);
    assertThat(Calibration.agreement("g", pairs("g", "pass/fail", "fail/pass")).kappa())
        .isEqualTo(-1.0);
  }

  @Test
  void bothSidesAlwaysGivingTheSameSingleLabelCountsAsFullAgreement() {
    Agreement a = Calibration.agreement("g", pairs("g", "pass/pass", "pass/pass"));

    assertThat(a.percentAgreement()).isEqualTo(100.0);
    assertThat(a.kappa()).isEqualTo(1.0);
  }

  @Test
  void handlesThreeLabelsIncludingNotApplicable() {
    Agreement a = Calibration.agreement("e",
        pairs("e", "na/na", "na/na", "pass/pass", "fail/pass", "fail/fail", "pass/na"));

    assertThat(a.percentAgreement()).isCloseTo(100.0 * 4 / 6, within(1e-9));
    assertThat(a.kappa()).isBetween(0.0, 1.0);
  }

  @Test
  void groupsPairsPerCriterionInFirstSeenOrder() {
    List<Pair> data = new ArrayList<>(pairs("tone", "pass/pass"));
    data.addAll(pairs("greeting", "pass/fail"));

    assertThat(Calibration.perCriterion(data)).extracting(Agreement::criterionId)
        .containsExactly("tone", "greeting");
    assertThat(Calibration.agreement("x", List.of()).kappa()).isNaN();
  }

  @Test
  void takesPairsOnlyFromCriteriaThatWereBothCheckedAndReviewed() {
    Criterion tone = new Criterion("tone", null, "tone", null, Scale.PASS_FAIL, 1, false);
    Criterion manual = new Criterion("correct", null, null, "Correct?", Scale.ONE_TO_FIVE, 1, false);
    CheckResult failed = CheckResult.fail("tone", 0.7, new Evidence("r1", "Obviously", "negative"));
    QaResult result = new QaResult("s", 50.0, 50.0, false, false, List.of(), List.of(
        new CriterionScore(tone, "c", failed, Review.of("tone", Outcome.PASS, "lead", "fine"), 1.0),
        new CriterionScore(manual, "c", null, new Review("correct", null, 4, "lead", null), 0.75)));

    assertThat(Calibration.pairsFrom(List.of(result)))
        .containsExactly(new Pair("tone", "fail", "pass"));
  }
}
