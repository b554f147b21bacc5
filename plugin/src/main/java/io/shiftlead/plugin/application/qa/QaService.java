package io.shiftlead.plugin.application.qa;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.application.TicketRepository;
import io.shiftlead.plugin.core.qa.Calibration;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.Criterion;
import io.shiftlead.plugin.core.qa.Outcome;
import io.shiftlead.plugin.core.qa.QaResult;
import io.shiftlead.plugin.core.qa.QaScorer;
import io.shiftlead.plugin.core.qa.Review;
import io.shiftlead.plugin.core.qa.Scale;
import io.shiftlead.plugin.core.qa.Scorecard;
import io.shiftlead.plugin.core.qa.ScorecardSelection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * QA use cases: storing the pipeline's results, the ticket's current result with reviews applied,
 * reviews, disputes, the calibration report and the coaching data. Thread-safe.
 */
public final class QaService {
  private final ScorecardSelection scorecards;
  private final QaScorer scorer;
  private final TicketRepository tickets;
  private final QaRepository results;
  private final DisputeRepository disputes;
  private final Clock clock;

  public QaService(ScorecardSelection scorecards, QaScorer scorer, TicketRepository tickets,
      QaRepository results, DisputeRepository disputes, Clock clock) {
    this.scorecards = scorecards;
    this.scorer = scorer;
    this.tickets = tickets;
    this.results = results;
    this.disputes = disputes;
    this.clock = clock;
  }

  /** Called by the pipeline with every result it computes; stores it when it changed. */
  public void record(String connector, Ticket ticket, QaResult result) {
    results.saveIfChanged(QaSnapshot.of(connector, ticket, result, clock.instant()));
  }

  /** The ticket's QA now: scored from the store's copy with its reviews; empty result if none. */
  public TicketQa ticket(String connector, String ticketId) {
    Ticket ticket = seen(connector, ticketId);
    Optional<Scorecard> card = scorecards.select(ticket);
    Conversation conversation = Conversation.of(ticket);
    List<Dispute> ticketDisputes = disputes.forTicket(connector, ticketId);
    if (card.isEmpty()) {
      return new TicketQa(ticketId, null, "no scorecard applies to this ticket", ticketDisputes);
    }
    List<Review> reviews = results.reviews(connector, ticketId).stream()
        .map(StoredReview::toReview).toList();
    QaResult result = scorer.score(card.get(), conversation, reviews);
    String reason = conversation.hasReplies() ? null : "no public agent reply yet";
    return new TicketQa(ticketId, result, reason, ticketDisputes);
  }

  /** A reviewer scores or overrides one criterion of the ticket's scorecard. */
  public StoredReview review(String connector, String ticketId, ReviewRequest request) {
    Ticket ticket = seen(connector, ticketId);
    Scorecard card = scorecards.select(ticket).orElseThrow(() -> QaRequestException.invalid(
        "no scorecard applies to ticket " + ticketId + ", so there is nothing to review"));
    Criterion criterion = criterion(card, request.criterion());
    String reviewer = required(request.reviewer(), "reviewer");
    Outcome outcome = null;
    if (request.result() != null) {
      try {
        outcome = Outcome.fromWire(request.result());
      } catch (IllegalArgumentException e) {
        throw QaRequestException.invalid("result: pass, fail or na, got '" + request.result()
            + "'");
      }
    }
    Integer rating = request.rating();
    if (rating != null && criterion.scale() != Scale.ONE_TO_FIVE) {
      throw QaRequestException.invalid("rating: criterion '" + criterion.id()
          + "' is pass_fail; send result (pass, fail or na) instead");
    }
    if (rating != null && (rating < 1 || rating > 5)) {
      throw QaRequestException.invalid("rating: must be 1-5, got " + rating);
    }
    if (outcome == null && rating == null) {
      throw QaRequestException.invalid("send result (pass, fail or na)"
          + (criterion.scale() == Scale.ONE_TO_FIVE ? " or rating (1-5)" : ""));
    }
    StoredReview review = new StoredReview(0, connector, ticketId, criterion.id(),
        new Review(criterion.id(), outcome, rating, reviewer, request.comment()).outcome(), rating,
        reviewer, blankToNull(request.comment()), clock.instant());
    long id = results.addReview(review);
    return new StoredReview(id, connector, ticketId, review.criterionId(), review.outcome(),
        rating, reviewer, review.comment(), review.reviewedAt());
  }

  /** An agent disputes the ticket's score or one criterion of it. */
  public Dispute dispute(String connector, String ticketId, String agent, String criterionId,
      String reason) {
    Ticket ticket = seen(connector, ticketId);
    String who = required(agent, "agent");
    String why = required(reason, "reason");
    if (criterionId != null && !criterionId.isBlank()) {
      Scorecard card = scorecards.select(ticket).orElseThrow(() -> QaRequestException.invalid(
          "no scorecard applies to ticket " + ticketId));
      criterion(card, criterionId);
    }
    Dispute dispute = new Dispute(0, connector, ticketId, who, blankToNull(criterionId), why,
        Dispute.Status.OPEN, null, null, clock.instant(), null);
    long id = disputes.open(dispute);
    return disputes.find(id).orElseThrow();
  }

  /** The dispute with this id, if any (the REST layer checks its connector against a scope). */
  public Optional<Dispute> findDispute(long id) {
    return disputes.find(id);
  }

  /** Accepts or rejects an open dispute. */
  public Dispute resolve(long id, String status, String resolver, String resolution) {
    Dispute.Status target;
    if ("accepted".equals(status)) {
      target = Dispute.Status.ACCEPTED;
    } else if ("rejected".equals(status)) {
      target = Dispute.Status.REJECTED;
    } else {
      throw QaRequestException.invalid("status: accepted or rejected, got '" + status + "'");
    }
    String who = required(resolver, "resolver");
    Dispute dispute = disputes.find(id)
        .orElseThrow(() -> QaRequestException.notFound("no dispute " + id));
    if (!disputes.resolve(id, target, who, blankToNull(resolution), clock.instant())) {
      throw QaRequestException.invalid("dispute " + id + " is already "
          + disputes.find(id).map(d -> d.status().wireName()).orElse("gone"));
    }
    return disputes.find(dispute.id()).orElseThrow();
  }

  /**
   * Agreement between checks and reviewers per criterion, over tickets scored in [from, to): the
   * latest review of each criterion against the stored automated result.
   */
  public List<Calibration.Agreement> calibration(String connector, Instant from, Instant to) {
    Map<String, Map<String, StoredReview>> latest = latestReviews(connector);
    List<Calibration.Pair> pairs = new ArrayList<>();
    for (QaSnapshot snapshot : results.scored(connector, from, to, null)) {
      Map<String, StoredReview> reviewed = latest.getOrDefault(snapshot.ticketId(), Map.of());
      for (QaSnapshot.CriterionSnapshot c : snapshot.criteria()) {
        StoredReview review = reviewed.get(c.id());
        if (c.automated() != null && review != null) {
          pairs.add(new Calibration.Pair(c.id(), c.automated(), review.outcome().wireName()));
        }
      }
    }
    return Calibration.perCriterion(pairs);
  }

  /** Per agent (or one agent): weekly category trends and the lowest-scoring criteria. */
  public List<Coaching.AgentCoaching> coaching(String connector, String agent, Instant from,
      Instant to) {
    return Coaching.of(results.scored(connector, from, to, agent), latestReviews(connector));
  }

  private Map<String, Map<String, StoredReview>> latestReviews(String connector) {
    Map<String, Map<String, StoredReview>> latest = new LinkedHashMap<>();
    for (StoredReview r : results.reviews(connector)) {
      latest.computeIfAbsent(r.ticketId(), k -> new LinkedHashMap<>()).put(r.criterionId(), r);
    }
    return latest;
  }

  private Ticket seen(String connector, String ticketId) {
    return tickets.find(connector, ticketId).orElseThrow(() -> QaRequestException.notFound(
        "Shiftlead has not seen ticket " + ticketId + " of " + connector));
  }

  private static Criterion criterion(Scorecard card, String id) {
    String wanted = required(id, "criterion");
    List<String> known = new ArrayList<>();
    for (var category : card.categories()) {
      for (Criterion c : category.criteria()) {
        if (c.id().equals(wanted)) {
          return c;
        }
        known.add(c.id());
      }
    }
    throw QaRequestException.invalid("criterion: scorecard '" + card.id() + "' has no criterion '"
        + wanted + "' (it has " + known + ")");
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw QaRequestException.invalid(name + ": required");
    }
    return value.trim();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** What a reviewer sends: {@code result} for pass/fail criteria, {@code rating} for 1-5. */
  public record ReviewRequest(String criterion, String result, Integer rating, String reviewer,
      String comment) {}

  /**
   * @param result null when no scorecard applies; else scored, possibly with no score yet
   * @param reason why there is no (complete) result, null when there is one
   */
  public record TicketQa(String ticketId, QaResult result, String reason,
      List<Dispute> disputes) {}
}
