package io.shiftlead.plugin.infrastructure.qa;

import io.shiftlead.plugin.core.qa.FixedReplyTimeTargets;
import io.shiftlead.plugin.core.qa.QaConfiguration;
import io.shiftlead.plugin.core.qa.QaEvaluator;
import io.shiftlead.plugin.core.qa.QaFieldKeys;
import io.shiftlead.plugin.core.qa.QaScorer;
import io.shiftlead.plugin.core.qa.ReplyTimeTargets;
import io.shiftlead.plugin.core.qa.SpellingChecker;
import io.shiftlead.plugin.core.qa.checks.BuiltInChecks;

/**
 * Wiring in one place for the pipeline, the REST resource and the replay CLI: configuration in,
 * scorer and evaluator out, with the shared LanguageTool and the configured reply targets (swap
 * in the SLA engine's {@link ReplyTimeTargets} when it exists).
 */
public final class QaComponents {
  private QaComponents() {}

  public static QaScorer scorer(QaConfiguration config) {
    var settings = config.settings();
    return scorer(config, new FixedReplyTimeTargets(settings.firstReplyMinutes(),
        settings.nextReplyMinutes()), LanguageToolSpellingChecker.shared());
  }

  public static QaScorer scorer(QaConfiguration config, ReplyTimeTargets targets,
      SpellingChecker spelling) {
    return new QaScorer(BuiltInChecks.create(config.settings(), spelling, targets));
  }

  public static QaEvaluator evaluator(QaConfiguration config, QaFieldKeys fields,
      boolean solvedOnly) {
    return new QaEvaluator(config.scorecards(), scorer(config), fields, solvedOnly);
  }
}
