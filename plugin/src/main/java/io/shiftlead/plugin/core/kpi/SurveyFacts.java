package io.shiftlead.plugin.core.kpi;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import java.time.Duration;
import java.time.Instant;

/** Normalizes survey answers (CSAT, NPS, CES) and finds the follow-up of the negative ones. */
public final class SurveyFacts {
  private SurveyFacts() {}

  /**
   * @param ticket the survey's ticket as stored, or null when unknown (no follow-up then)
   * @throws IllegalArgumentException when the scale is unreadable or the score off the scale
   */
  public static SurveyFact of(String connector, SurveyResponse r, Ticket ticket) {
    SurveyScale scale = SurveyScale.parse(r.scale());
    scale.check(r.score());
    double share = scale.share(r.score());
    Boolean satisfied = null;
    SurveyFact.NpsClass nps = null;
    Double ces = null;
    boolean negative;
    if (r.kind() == SurveyKind.CSAT) {
      satisfied = scale.name().equals("good-bad") ? r.score() >= 1 : share >= 0.75 - 1e-9;
      negative = scale.name().equals("good-bad") ? r.score() < 1 : share < 0.5 - 1e-9;
    } else if (r.kind() == SurveyKind.NPS) {
      double onTen = scale.low() == 0 && scale.high() == 10 ? r.score() : share * 10;
      nps = onTen >= 9 ? SurveyFact.NpsClass.PROMOTER
          : onTen > 6 ? SurveyFact.NpsClass.PASSIVE : SurveyFact.NpsClass.DETRACTOR;
      negative = nps == SurveyFact.NpsClass.DETRACTOR;
    } else {
      ces = scale.low() == 1 && scale.high() == 7 ? r.score() : 1 + share * 6;
      negative = share < 0.5 - 1e-9;
    }
    Instant followedUp = negative && ticket != null && r.at() != null
        ? followUp(ticket, r.at()) : null;
    Long minutes = followedUp == null ? null
        : Math.max(0, Duration.between(r.at(), followedUp).toMinutes());
    String agent = r.agentId() != null ? r.agentId()
        : ticket != null && ticket.assignee() != null ? ticket.assignee().id() : null;
    return new SurveyFact(connector, r.id(), r.ticketId(), agent, r.kind(), r.at(), satisfied,
        nps, ces, negative, followedUp, minutes, r.comment());
  }

  /** The first public agent reply or status change strictly after {@code answeredAt}. */
  public static Instant followUp(Ticket ticket, Instant answeredAt) {
    Instant first = null;
    for (Comment c : ticket.comments()) {
      if (c.isPublic() && c.author().role() == AuthorRole.AGENT && c.createdAt().isAfter(answeredAt)
          && (first == null || c.createdAt().isBefore(first))) {
        first = c.createdAt();
      }
    }
    for (StatusChange s : ticket.statusChanges()) {
      if (s.at().isAfter(answeredAt) && (first == null || s.at().isBefore(first))) {
        first = s.at();
      }
    }
    return first;
  }
}
