package io.shiftlead.plugin.core.kpi;

import java.time.Instant;

/**
 * The raw sums of one slice, as the in-memory calculator and the store's SQL both produce them;
 * {@link #values} turns them into KPIs with the one set of formulas. Percentiles arrive computed
 * (exact, linear interpolation between closest ranks, as SQL's PERCENTILE_CONT).
 */
public final class KpiAggregate {
  public long created;
  public long solved;
  public long firstReplies;
  public Double firstReplyMedian;
  public Double firstReplyP90;
  public Double resolutionMedian;
  public Double resolutionP90;
  public double resolutionSum;
  public long handleCount;
  public double handleSum;
  public long oneTouch;
  public long reopened;
  public long slaFirstReplyAchieved;
  public long slaFirstReplyFinished;
  public long slaResolutionAchieved;
  public long slaResolutionFinished;
  public long qaCount;
  public double qaSum;
  public long backlog;
  /** Sum of the backlog tickets' creation instants in epoch minutes. */
  public double backlogCreatedMinuteSum;
  public Long backlogOldestCreatedMinute;
  public long csatResponses;
  public long csatSatisfied;
  public long npsResponses;
  public long promoters;
  public long detractors;
  public long cesResponses;
  public double cesSum;
  public long negative;
  public long followedUp;
  public Double followUpMedian;

  /**
   * @param days the period's length in days, for the per-day rates
   * @param asOf the instant backlog ages are measured at (the period's end, or now if earlier)
   */
  public KpiValues values(double days, Instant asOf) {
    double asOfMinute = asOf.getEpochSecond() / 60d;
    return new KpiValues(created, solved, days > 0 ? created / days : null,
        days > 0 ? solved / days : null, firstReplies, firstReplyMedian, firstReplyP90,
        resolutionMedian, resolutionP90, ratio(resolutionSum, solved),
        ratio(handleSum, handleCount), ratio(oneTouch, solved), ratio(reopened, solved),
        ratio(slaFirstReplyAchieved, slaFirstReplyFinished),
        ratio(slaResolutionAchieved, slaResolutionFinished), backlog,
        backlog == 0 ? null : Math.max(0, (asOfMinute - backlogCreatedMinuteSum / backlog) / 60),
        backlogOldestCreatedMinute == null ? null
            : Math.max(0, (asOfMinute - backlogOldestCreatedMinute) / 60),
        csatResponses, ratio(csatSatisfied, csatResponses), npsResponses,
        npsResponses == 0 ? null : 100d * (promoters - detractors) / npsResponses,
        cesResponses, ratio(cesSum, cesResponses), ratio(qaSum, qaCount), negative, followedUp,
        followUpMedian);
  }

  private static Double ratio(double part, double whole) {
    return whole == 0 ? null : part / whole;
  }
}
