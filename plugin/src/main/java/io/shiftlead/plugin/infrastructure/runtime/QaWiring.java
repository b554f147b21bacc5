package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.application.TicketRepository;
import io.shiftlead.plugin.application.qa.QaService;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import io.shiftlead.plugin.core.evaluation.Evaluator;
import io.shiftlead.plugin.core.evaluation.Shadow;
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
import java.util.function.BooleanSupplier;

/**
 * QA scoring in the server when {@code qaDirectory} is configured: one scorer (with the shared
 * LanguageTool when installed) for every connector, an evaluator per connector that stores each
 * result, and the service behind the QA API.
 *
 * <p>Live reload: {@link #replace} swaps scorecards, scorer and service in one volatile write;
 * each connector's evaluator looks the current set up at every evaluation, so the next one uses
 * it. In shadow mode the score is still computed and stored (the QA API and sidebar show it) but
 * neither fields nor note are written back.
 */
final class QaWiring {
  private final QaFieldKeys fields;
  private final boolean solvedOnly;
  private final TicketRepository tickets;
  private final Jdbc jdbc;
  private final Clock clock;
  private volatile Current current;

  /** One consistent set: configuration, its scorer and the service over them. */
  private record Current(QaConfiguration config, QaScorer scorer, QaService service) {}

  private QaWiring(QaConfiguration config, ShiftleadConfig.EvaluationConfig evaluation,
      TicketRepository tickets, Jdbc jdbc, Clock clock) {
    this.fields = new QaFieldKeys(evaluation.qaScoreField(), evaluation.qaResultField());
    this.solvedOnly = !evaluation.qaEveryUpdate();
    this.tickets = tickets;
    this.jdbc = jdbc;
    this.clock = clock;
    replace(config);
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

  /** Makes {@code config} the running scorecards; the next evaluation uses them. */
  void replace(QaConfiguration config) {
    QaScorer scorer = QaComponents.scorer(config);
    current = new Current(config, scorer, new QaService(config.scorecards(), scorer, tickets,
        new JdbcQaRepository(jdbc), new JdbcDisputeRepository(jdbc), clock));
  }

  /** The running scorecards' ids, in selection order. */
  List<String> scorecardIds() {
    return current.config().scorecards().all().stream().map(card -> card.id()).toList();
  }

  /** The connector's QA evaluator; every result it computes is stored, in shadow mode too. */
  Evaluator evaluator(String connector, BooleanSupplier shadow, Shadow.Recorder recorder) {
    Evaluator live = new Evaluator() {
      @Override
      public String id() {
        return QaEvaluator.ID;
      }

      @Override
      public Evaluation evaluate(Ticket ticket) {
        Current c = current;
        return new QaEvaluator(c.config().scorecards(), c.scorer(), fields, solvedOnly,
            (t, result) -> c.service().record(connector, t, result)).evaluate(ticket);
      }
    };
    return new Shadow(live, shadow, recorder);
  }

  QaService service() {
    return current.service();
  }
}
