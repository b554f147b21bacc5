package io.shiftlead.plugin.application;

import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.kpi.SlaOutcomes;
import io.shiftlead.plugin.core.kpi.SurveyFact;
import io.shiftlead.plugin.core.kpi.SurveyFacts;
import io.shiftlead.plugin.core.kpi.TicketFact;
import io.shiftlead.plugin.core.kpi.TicketFacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ticket store with the KPI facts kept up to date: every ticket or survey the pipeline stores
 * (pulled pages, webhook re-fetches, imported surveys) also upserts its facts, so reports never
 * re-read tickets. A decorator of the repository port: the pipeline itself is unchanged.
 */
public final class KpiRecordingTicketRepository implements TicketRepository {
  private static final Logger LOG = Logger.getLogger(KpiRecordingTicketRepository.class.getName());

  private final TicketRepository delegate;
  private final KpiStore kpis;
  private final SlaOutcomes sla;
  private final QaScores qaScores;

  /** The latest stored QA scores of some tickets of a connector, by ticket id (absent: not scored). */
  @FunctionalInterface
  public interface QaScores {
    Map<String, Double> of(String connector, List<String> ticketIds);
  }

  public KpiRecordingTicketRepository(TicketRepository delegate, KpiStore kpis, SlaOutcomes sla) {
    this(delegate, kpis, sla, (connector, ticketIds) -> Map.of());
  }

  /**
   * @param qaScores the tickets' latest stored QA scores, read once per stored page. A ticket is
   *     stored before it is scored, so its fact carries the score of the previous pass; the
   *     write-back brings the ticket back, and its next store carries the new score.
   */
  public KpiRecordingTicketRepository(TicketRepository delegate, KpiStore kpis, SlaOutcomes sla,
      QaScores qaScores) {
    this.delegate = delegate;
    this.kpis = kpis;
    this.sla = sla;
    this.qaScores = qaScores;
  }

  @Override
  public void upsertAll(String connector, List<Ticket> tickets) {
    delegate.upsertAll(connector, tickets);
    List<TicketFact> facts = new ArrayList<>(tickets.size());
    List<SurveyFact> embedded = new ArrayList<>();
    List<String> ids = tickets.stream().map(Ticket::id).toList();
    Map<String, Double> scores = qaScores.of(connector, ids);
    for (Ticket ticket : tickets) {
      facts.add(TicketFacts.of(connector, ticket, outcome(ticket), scores.get(ticket.id())));
      for (SurveyResponse r : ticket.surveys()) {
        surveyFact(connector, r, ticket).ifPresent(embedded::add);
      }
    }
    kpis.upsertTicketFacts(facts);
    kpis.upsertSurveyFacts(embedded);
    Map<String, List<KpiStore.Unfollowed>> unfollowed = kpis.unfollowedNegatives(connector, ids);
    for (Ticket ticket : tickets) {
      // a reply after a bad rating is its follow-up
      for (KpiStore.Unfollowed u : unfollowed.getOrDefault(ticket.id(), List.of())) {
        var at = SurveyFacts.followUp(ticket, u.answeredAt());
        if (at != null) {
          kpis.markFollowedUp(connector, u.responseId(), at,
              Math.max(0, Duration.between(u.answeredAt(), at).toMinutes()));
        }
      }
    }
  }

  @Override
  public void upsertSurveys(String connector, List<SurveyResponse> responses) {
    delegate.upsertSurveys(connector, responses);
    List<SurveyFact> facts = new ArrayList<>(responses.size());
    Map<String, Ticket> rated = delegate.findAll(connector, responses.stream()
        .map(SurveyResponse::ticketId).filter(java.util.Objects::nonNull).toList());
    for (SurveyResponse r : responses) {
      Ticket ticket = r.ticketId() == null ? null : rated.get(r.ticketId());
      surveyFact(connector, r, ticket).ifPresent(facts::add);
    }
    kpis.upsertSurveyFacts(facts);
  }

  private SlaOutcomes.Outcome outcome(Ticket ticket) {
    try {
      return sla.of(ticket);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "SLA outcome of ticket {0} not computed: {1}",
          new Object[] {ticket.id(), e.getMessage()});
      return SlaOutcomes.Outcome.NONE;
    }
  }

  private static Optional<SurveyFact> surveyFact(String connector, SurveyResponse r,
      Ticket ticket) {
    if (r.at() == null) {
      LOG.log(Level.WARNING, "{0}: survey {1} has no answer time, left out of the KPIs",
          new Object[] {connector, r.id()});
      return Optional.empty();
    }
    try {
      return Optional.of(SurveyFacts.of(connector, r, ticket));
    } catch (IllegalArgumentException e) {
      LOG.log(Level.WARNING, "{0}: survey {1} left out of the KPIs: {2}",
          new Object[] {connector, r.id(), e.getMessage()});
      return Optional.empty();
    }
  }

  @Override
  public Optional<Ticket> find(String connector, String ticketId) {
    return delegate.find(connector, ticketId);
  }

  @Override
  public Map<String, Ticket> findAll(String connector, List<String> ticketIds) {
    return delegate.findAll(connector, ticketIds);
  }

  @Override
  public void forEachOpen(String connector, java.util.function.Consumer<Ticket> each) {
    delegate.forEachOpen(connector, each);
  }

  @Override
  public long count(String connector) {
    return delegate.count(connector);
  }

  @Override
  public long countSurveys(String connector) {
    return delegate.countSurveys(connector);
  }
}
