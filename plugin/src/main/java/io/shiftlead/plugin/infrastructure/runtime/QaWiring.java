package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.plugin.application.TicketRepository;
import io.shiftlead.plugin.application.qa.QaService;
import io.shiftlead.plugin.core.qa.QaConfiguration;
import io.shiftlead.plugin.core.qa.QaEvaluator;
import io.shiftlead.plugin.core.qa.QaFieldKeys;
import io.shiftlead.plugin.core.qa.QaScorer;
import io.shiftlead.plugin.infrastructure.config.ConfigException;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.qa.QaComponents;
import io.shiftlead.plugin.infrastructure.qa.QaDirectory;
import io.shiftlead.plugin.infrastructure.qa.ScorecardException;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.store.JdbcDisputeRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcQaRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * QA scoring in the server when {@code qaDirectory} is configured: one scorer (with the shared
 * LanguageTool when installed) for every connector, an evaluator per connector that stores each
 * result, and the service behind the QA API.
 */
final class QaWiring {
  private final QaConfiguration config;
  private final QaScorer scorer;
  private final QaFieldKeys fields;
  private final boolean solvedOnly;
  private final QaService service;

  private QaWiring(QaConfiguration config, ShiftleadConfig.EvaluationConfig evaluation,
      TicketRepository tickets, Jdbc jdbc, Clock clock) {
    this.config = config;
    this.scorer = QaComponents.scorer(config);
    this.fields = new QaFieldKeys(evaluation.qaScoreField(), evaluation.qaResultField());
    this.solvedOnly = !evaluation.qaEveryUpdate();
    this.service = new QaService(config.scorecards(), scorer, tickets,
        new JdbcQaRepository(jdbc), new JdbcDisputeRepository(jdbc), clock);
  }

  /**
   * @return empty when QA is off (no {@code qaDirectory})
   * @throws ConfigException when the scorecards cannot be read, with file, line and hint
   */
  static Optional<QaWiring> load(ShiftleadConfig config, TicketRepository tickets, Jdbc jdbc,
      Clock clock) {
    try {
      return QaDirectory.load(config.qaDirectory())
          .map(qa -> new QaWiring(qa, config.evaluation(), tickets, jdbc, clock));
    } catch (ScorecardException | IllegalArgumentException e) {
      throw new ConfigException("qaDirectory " + config.qaDirectory(), List.of(e.getMessage()));
    }
  }

  /** The connector's QA evaluator; every result it computes is stored. */
  QaEvaluator evaluator(String connector) {
    return new QaEvaluator(config.scorecards(), scorer, fields, solvedOnly,
        (ticket, result) -> service.record(connector, ticket, result));
  }

  QaService service() {
    return service;
  }
}
