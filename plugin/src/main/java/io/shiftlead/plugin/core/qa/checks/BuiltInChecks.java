package io.shiftlead.plugin.core.qa.checks;

import io.shiftlead.plugin.core.qa.QaCheck;
import io.shiftlead.plugin.core.qa.QaSettings;
import io.shiftlead.plugin.core.qa.ReplyTimeTargets;
import io.shiftlead.plugin.core.qa.SpellingChecker;
import io.shiftlead.plugin.core.qa.text.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the eleven built-in checks from the team's settings, keyed by check id. */
public final class BuiltInChecks {
  /** Every built-in id, in the order notes list them. */
  public static final List<String> IDS = List.of(GreetingCheck.ID, ClosingCheck.ID,
      PersonalizationCheck.ID, EmpathyCheck.ID, ProhibitedPhrasesCheck.ID,
      SpellingGrammarCheck.ID, ToneCheck.ID, NextStepsCheck.ID, ResolutionConfirmedCheck.ID,
      ResponsivenessCheck.ID, HygieneCheck.ID);

  private BuiltInChecks() {}

  public static Map<String, QaCheck> create(QaSettings settings, SpellingChecker spelling,
      ReplyTimeTargets targets) {
    List<String> prohibited = new ArrayList<>(settings.prohibitedPhrases() != null
        ? settings.prohibitedPhrases() : Lexicon.allLanguages(Lexicon.Kind.PROHIBITED));
    prohibited.addAll(settings.extraProhibitedPhrases());
    Map<String, QaCheck> checks = new LinkedHashMap<>();
    for (QaCheck check : List.of(new GreetingCheck(), new ClosingCheck(),
        new PersonalizationCheck(), new EmpathyCheck(), new ProhibitedPhrasesCheck(prohibited),
        new SpellingGrammarCheck(spelling, settings.spellingIgnore(), settings.spellingMaxIssues()),
        new ToneCheck(), new NextStepsCheck(), new ResolutionConfirmedCheck(),
        new ResponsivenessCheck(targets), new HygieneCheck(settings.hygiene()))) {
      checks.put(check.id(), check);
    }
    return java.util.Collections.unmodifiableMap(checks);
  }
}
