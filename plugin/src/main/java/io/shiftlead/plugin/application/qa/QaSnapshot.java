package io.shiftlead.plugin.application.qa;

import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.qa.CategoryScore;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.CriterionScore;
import io.shiftlead.plugin.core.qa.Evidence;
import io.shiftlead.plugin.core.qa.QaResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest automated QA result of one ticket as stored for trends (reviews are kept apart and
 * applied when read).
 *
 * @param agent the graded agent: the assignee, else the author of the latest public reply
 * @param categories category id to score 0-100 (null when nothing in it applied)
 */
public record QaSnapshot(String connector, String ticketId, String agent, String scorecardId,
    Double score, Double rawScore, boolean autoFail, boolean passed,
    Map<String, Double> categories, List<CriterionSnapshot> criteria, Instant scoredAt) {

  /**
   * One criterion's automated result.
   *
   * @param automated {@code pass}, {@code fail}, {@code na}; null for a manual-only question
   */
  public record CriterionSnapshot(String id, String categoryId, String checkId, String automated,
      Double confidence, List<String> evidence) {
    public CriterionSnapshot {
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

  public QaSnapshot {
    categories = categories == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }

  public static QaSnapshot of(String connector, Ticket ticket, QaResult result, Instant at) {
    Map<String, Double> categories = new LinkedHashMap<>();
    for (CategoryScore c : result.categories()) {
      categories.put(c.category().id(), c.score());
    }
    List<CriterionSnapshot> criteria = new ArrayList<>();
    for (CriterionScore c : result.criteria()) {
      CheckResult automated = c.automated();
      criteria.add(new CriterionSnapshot(c.criterion().id(), c.categoryId(),
          c.criterion().checkId(), automated == null ? null : automated.outcome().wireName(),
          automated == null ? null : automated.confidence(),
          automated == null ? List.of()
              : automated.evidence().stream().map(Evidence::describe).toList()));
    }
    return new QaSnapshot(connector, ticket.id(), agentOf(ticket), result.scorecardId(),
        result.score(), result.rawScore(), result.autoFail(), result.passed(), categories,
        criteria, at);
  }

  /** The same result, ignoring when it was scored: a re-score that changed nothing is not news. */
  public boolean sameResultAs(QaSnapshot other) {
    return other != null && java.util.Objects.equals(agent, other.agent)
        && scorecardId.equals(other.scorecardId) && java.util.Objects.equals(score, other.score)
        && autoFail == other.autoFail && passed == other.passed
        && categories.equals(other.categories) && criteria.equals(other.criteria);
  }

  static String agentOf(Ticket ticket) {
    if (ticket.assignee() != null && ticket.assignee().id() != null) {
      return ticket.assignee().id();
    }
    return ticket.comments().stream().filter(Comment::isPublicAgentReply)
        .reduce((a, b) -> b).map(c -> c.author().id()).orElse(null);
  }
}
