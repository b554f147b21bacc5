package io.shiftlead.plugin.core.kpi;

import io.shiftlead.connectors.spi.model.SurveyKind;
import java.time.Instant;
import java.util.Objects;

/**
 * One survey answer, normalized so that answers on different scales add up (docs/kpis.md).
 *
 * @param satisfied CSAT only: good, or the top quarter of a numeric scale (4-5 on 1-5)
 * @param npsClass NPS only: promoter (9-10), passive (7-8) or detractor (0-6) on 0-10
 * @param cesScore CES only: the score on 1-7 (other scales are mapped linearly onto 1-7)
 * @param negative a bad CSAT (bad, or below the middle: 1-2 on 1-5), an NPS detractor, or a CES
 *     below the middle of its scale: the answers the team must follow up
 * @param followedUpAt the first public agent reply or status change on the ticket after the
 *     answer, for negative answers; null while nobody followed up
 * @param comment the customer's comment, shown with the ratings that drove a KPI down
 */
public record SurveyFact(
    String connector,
    String responseId,
    String ticketId,
    String agentId,
    SurveyKind kind,
    Instant answeredAt,
    Boolean satisfied,
    NpsClass npsClass,
    Double cesScore,
    boolean negative,
    Instant followedUpAt,
    Long followUpMinutes,
    String comment) {

  public enum NpsClass {
    PROMOTER,
    PASSIVE,
    DETRACTOR
  }

  public SurveyFact {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(responseId, "responseId");
    Objects.requireNonNull(kind, "kind");
  }
}
