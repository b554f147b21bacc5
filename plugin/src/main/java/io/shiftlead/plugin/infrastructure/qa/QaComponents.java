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
        settings.nextReplyMinutes()), spelling());
  }

  /**
   * The shared LanguageTool when its jars are on the classpath (the WAR, the CLI jar and the tests
   * all have them: ADR 0009), else a checker that makes {@code spelling_grammar} N/A and says why.
   */
  public static SpellingChecker spelling() {
    return LANGUAGE_TOOL_PRESENT ? LanguageToolSpellingChecker.shared() : ABSENT;
  }

  private static final boolean LANGUAGE_TOOL_PRESENT = present("org.languagetool.JLanguageTool");

  private static final SpellingChecker ABSENT = new SpellingChecker() {
    @Override
    public boolean supports(String language) {
      return false;
    }

    @Override
    public String unsupportedReason(String language) {
      return "LanguageTool is not installed here (its jars were removed from this deployment;"
          + " docs/qa.md, Languages and size)";
    }

    @Override
    public java.util.List<io.shiftlead.plugin.core.qa.SpellingIssue> check(String text,
        String language, java.util.Set<String> ignoreWords) {
      return java.util.List.of();
    }
  };

  private static boolean present(String className) {
    try {
      Class.forName(className, false, QaComponents.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
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
