package io.shiftlead.plugin.infrastructure.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.FixedReplyTimeTargets;
import io.shiftlead.plugin.core.qa.HygieneRules;
import io.shiftlead.plugin.core.qa.QaCheck;
import io.shiftlead.plugin.core.qa.QaSettings;
import io.shiftlead.plugin.core.qa.checks.BuiltInChecks;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Scores the hand-labelled corpus with the built-in checks (LanguageTool included) and prints the
 * per-check agreement that docs/qa.md reports. Fails if overall agreement drops under 85 %.
 */
class CorpusAgreementTest {
  static final QaSettings SETTINGS = new QaSettings(null, List.of(),
      Set.of("Okta", "PayPal", "Shiftlead"), 0, 60, 240, HygieneRules.none());

  @Test
  void theBuiltInChecksAgreeWithTheHandLabelsOnAtLeast85PercentOfTheCorpus() {
    Map<String, QaCheck> checks = BuiltInChecks.create(SETTINGS,
        LanguageToolSpellingChecker.shared(), new FixedReplyTimeTargets(60, 240));
    Map<String, int[]> perCheck = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    List<QaCorpus.Entry> corpus = QaCorpus.load();
    for (QaCorpus.Entry entry : corpus) {
      entry.expected().forEach((checkId, label) -> {
        CheckResult result = checks.get(checkId).check(entry.conversation());
        String got = result.outcome().wireName();
        int[] counts = perCheck.computeIfAbsent(checkId, k -> new int[2]);
        counts[1]++;
        if (got.equals(label)) {
          counts[0]++;
        } else {
          misses.append(String.format(Locale.ROOT, "  %-7s %-20s expected %-4s got %-4s %s%n",
              entry.id(), checkId, label, got, result.evidence().isEmpty() ? ""
                  : result.evidence().get(0).describe()));
        }
      });
    }
    int agreed = 0;
    int total = 0;
    StringBuilder table = new StringBuilder("corpus: " + corpus.size() + " replies\n");
    for (var e : perCheck.entrySet()) {
      agreed += e.getValue()[0];
      total += e.getValue()[1];
      table.append(String.format(Locale.ROOT, "| %-20s | %3d / %3d | %5.1f %% |%n", e.getKey(),
          e.getValue()[0], e.getValue()[1], 100.0 * e.getValue()[0] / e.getValue()[1]));
    }
    double overall = 100.0 * agreed / total;
    table.append(String.format(Locale.ROOT, "| %-20s | %3d / %3d | %5.1f %% |%n", "overall",
        agreed, total, overall));
    System.out.println(table);
    System.out.println("disagreements:\n" + misses);
    assertThat(overall).isGreaterThanOrEqualTo(85.0);
  }
}
