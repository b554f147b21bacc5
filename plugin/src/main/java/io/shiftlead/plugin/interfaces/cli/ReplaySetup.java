package io.shiftlead.plugin.interfaces.cli;

import io.shiftlead.plugin.application.replay.CompositeReplayer;
import io.shiftlead.plugin.application.replay.EvaluationReplayer;
import io.shiftlead.plugin.application.replay.Replayer;
import io.shiftlead.plugin.application.replay.RulesReplayer;
import io.shiftlead.plugin.core.evaluation.FirstReplyTimeEvaluator;
import io.shiftlead.plugin.core.qa.QaEvaluator;
import io.shiftlead.plugin.core.qa.QaFieldKeys;
import io.shiftlead.plugin.infrastructure.qa.QaComponents;
import io.shiftlead.plugin.infrastructure.qa.QaDirectory;
import io.shiftlead.plugin.infrastructure.qa.ScorecardException;
import io.shiftlead.plugin.core.routing.InMemoryAgentLoad;
import io.shiftlead.plugin.core.routing.InMemoryRoutingState;
import io.shiftlead.plugin.core.rules.BusinessTime;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.infrastructure.sla.SlaDirectory;
import io.shiftlead.plugin.infrastructure.sla.SlaPolicyException;
import io.shiftlead.plugin.infrastructure.rules.LoadReport;
import io.shiftlead.plugin.infrastructure.rules.RuleSetRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the same evaluation the server runs from a rules directory: the built-in first-reply
 * evaluator, then the rules (shared.yaml plus the connector's file, with roster.yaml); SLA policies
 * and calendars in the {@code sla/} sub-folder, QA scorecards in {@code qa/scorecards.yaml}.
 */
final class ReplaySetup {
  private ReplaySetup() {}

  /** The SLA policies in {@code <dir>/sla/}, none when that folder is absent. */
  static SlaCalculator slaFromDirectory(Path dir) {
    try {
      return new SlaCalculator(SlaDirectory.load(dir.resolve("sla")));
    } catch (SlaPolicyException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /**
   * The QA scorecards in {@code <dir>/qa/scorecards.yaml}, none when that folder is absent.
   *
   * @throws IllegalArgumentException naming the file, line and what to change
   */
  static Optional<QaEvaluator> qaFromDirectory(Path dir) {
    Path qa = dir.resolve("qa");
    if (!Files.isDirectory(qa)) {
      return Optional.empty();
    }
    try {
      return QaDirectory.load(qa.toString()).map(config -> QaComponents.evaluator(config,
          QaFieldKeys.defaults(), false));
    } catch (ScorecardException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** @throws IllegalArgumentException listing every problem of every bad file */
  static Replayer fromDirectory(Path dir, String connector) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--config: " + dir + " is not a directory");
    }
    RuleSetRepository rules = new RuleSetRepository(dir);
    LoadReport report = rules.reload();
    if (!report.ok()) {
      List<String> problems = new ArrayList<>();
      report.rejected().forEach((file, list) -> list.forEach(p -> problems.add(p.toString())));
      throw new IllegalArgumentException("rule files with problems (nothing replayed):\n  "
          + String.join("\n  ", problems));
    }
    return new CompositeReplayer(List.of(
        new EvaluationReplayer(at -> List.of(new FirstReplyTimeEvaluator("first_reply_minutes"))),
        new RulesReplayer(rules.engineFor(connector, new InMemoryRoutingState(),
            new InMemoryAgentLoad()), BusinessTime.always(ZoneOffset.UTC))));
  }
}
