package io.shiftlead.plugin.core.qa;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import io.shiftlead.plugin.core.evaluation.Evaluator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * QA in the evaluation pipeline: picks the ticket's scorecard, scores its conversation and asks for
 * the score and pass/fail in two custom fields plus one internal note with the breakdown. The note
 * is keyed by ticket: it is posted once, however often the ticket is re-scored; the fields (and
 * the API) carry the latest score.
 */
public final class QaEvaluator implements Evaluator {
  public static final String ID = "qa";
  /** The key of the QA note: one per ticket, see {@link Evaluation#keyedNotes()}. */
  public static final String NOTE_KEY = "qa";

  private final ScorecardSelection scorecards;
  private final QaScorer scorer;
  private final QaFieldKeys fields;
  private final boolean solvedOnly;
  private final BiConsumer<Ticket, QaResult> scored;

  /**
   * @param solvedOnly true scores solved and closed tickets only (the default in the issue);
   *     false scores every updated conversation
   */
  public QaEvaluator(ScorecardSelection scorecards, QaScorer scorer, QaFieldKeys fields,
      boolean solvedOnly) {
    this(scorecards, scorer, fields, solvedOnly, (ticket, result) -> { });
  }

  /**
   * @param scored told of every result the pipeline computes (the server stores it for trends)
   */
  public QaEvaluator(ScorecardSelection scorecards, QaScorer scorer, QaFieldKeys fields,
      boolean solvedOnly, BiConsumer<Ticket, QaResult> scored) {
    this.scored = scored;
    this.scorecards = scorecards;
    this.scorer = scorer;
    this.fields = fields;
    this.solvedOnly = solvedOnly;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Ticket ticket) {
    if (ticket.deleted()) {
      return Evaluation.nothing(ID, "ticket is deleted");
    }
    if (solvedOnly && ticket.status() != TicketStatus.SOLVED
        && ticket.status() != TicketStatus.CLOSED) {
      return Evaluation.nothing(ID, "not solved yet: QA scores solved tickets");
    }
    Optional<QaResult> scored = score(ticket);
    if (scored.isEmpty()) {
      return Evaluation.nothing(ID, "no scorecard applies or no public agent reply");
    }
    QaResult result = scored.get();
    this.scored.accept(ticket, result);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(fields.score(), Math.round(result.score()));
    values.put(fields.result(), result.passed() ? "pass" : "fail");
    String reason = "QA " + result.scorecardId() + ": " + Math.round(result.score()) + "/100"
        + (result.autoFail() ? " (auto-fail)" : "");
    // a keyed note: posted once per ticket; a later score changes the fields, never adds a note
    return new Evaluation(ID, values, null, null, null, null, null, null, List.of(reason),
        List.of(), Map.of(NOTE_KEY, QaNote.format(result)));
  }

  /** The result for the ticket's whole conversation; what the API and replay show. */
  public Optional<QaResult> score(Ticket ticket) {
    Conversation conversation = Conversation.of(ticket);
    if (!conversation.hasReplies()) {
      return Optional.empty();
    }
    return scorecards.select(ticket).map(card -> scorer.score(card, conversation))
        .filter(QaResult::hasScore);
  }

  /** One result per public agent reply, each graded on its own (the replay's --per-reply). */
  public List<QaResult> scorePerReply(Ticket ticket) {
    Optional<Scorecard> card = scorecards.select(ticket);
    if (card.isEmpty()) {
      return List.of();
    }
    return Conversation.perReply(ticket).stream().map(c -> scorer.score(card.get(), c)).toList();
  }
}
