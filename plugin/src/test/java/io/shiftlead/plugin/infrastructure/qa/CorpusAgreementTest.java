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
    List<QaCorpus.Entry> corpus = QaCorpus.load();
    StringBuilder misses = new StringBuilder();
    Map<String, int[]> all = agreement(checks, corpus, misses);
    Map<String, int[]> holdout = agreement(checks,
        corpus.stream().filter(QaCorpus.Entry::holdout).toList(), new StringBuilder());

    System.out.println("corpus: " + corpus.size() + " replies, "
        + corpus.stream().filter(QaCorpus.Entry::holdout).count() + " of them held out\n"
        + "| check | all | agreement | held-out | agreement |\n" + table(all, holdout));
    System.out.println("disagreements:\n" + misses);
    assertThat(percent(total(all))).isGreaterThanOrEqualTo(85.0);
  }

  private static Map<String, int[]> agreement(Map<String, QaCheck> checks,
      List<QaCorpus.Entry> entries, StringBuilder misses) {
    Map<String, int[]> perCheck = new TreeMap<>();
    for (QaCorpus.Entry entry : entries) {
      entry.expected().forEach((checkId, label) -> {
        CheckResult result = checks.get(checkId).check(entry.conversation());
        String got = result.outcome().wireName();
        int[] counts = perCheck.computeIfAbsent(checkId, k -> new int[2]);
        counts[1]++;
        if (got.equals(label)) {
          counts[0]++;
        } else {
          misses.append(String.format(Locale.ROOT, "  %-8s %-20s expected %-4s got %-4s %s%n",
              entry.id(), checkId, label, got, result.evidence().isEmpty() ? ""
                  : result.evidence().get(0).describe()));
        }
      });
    }
    return perCheck;
  }

  private static int[] total(Map<String, int[]> perCheck) {
    int[] sum = new int[2];
    perCheck.values().forEach(c -> {
      sum[0] += c[0];
      sum[1] += c[1];
    });
    return sum;
  }

  private static double percent(int[] counts) {
    return counts[1] == 0 ? Double.NaN : 100.0 * counts[0] / counts[1];
  }

  private static String table(Map<String, int[]> all, Map<String, int[]> holdout) {
    StringBuilder table = new StringBuilder();
    Map<String, int[]> rows = new TreeMap<>(all);
    rows.put("~overall", total(all));
    for (var row : rows.entrySet()) {
      int[] a = row.getValue();
      int[] h = row.getKey().equals("~overall") ? total(holdout)
          : holdout.getOrDefault(row.getKey(), new int[2]);
      table.append(String.format(Locale.ROOT, "| %s | %d / %d | %.1f %% | %d / %d | %.1f %% |%n",
          row.getKey().replace("~", ""), a[0], a[1], percent(a), h[0], h[1], percent(h)));
    }
    return table.toString();
  }
}
