package io.shiftlead.plugin.core.kpi;

import java.time.Instant;

/**
 * The KPI sums of one slice over some days: what the store keeps per UTC day and slice value
 * (the rollup) and what reports merge. Each ticket adds to the day of each of its instants:
 * created, first reply, solved; each survey to the day it was answered.
 */
public final class KpiDay {
  long created;
  long createdMinuteSum;
  long solved;
  long solvedCreatedMinuteSum;
  long resolutionSum;
  long handleCount;
  long handleSum;
  long oneTouch;
  long reopened;
  long slaFirstReplyAchieved;
  long slaFirstReplyFinished;
  long slaResolutionAchieved;
  long slaResolutionFinished;
  long qaCount;
  double qaSum;
  long csatResponses;
  long csatSatisfied;
  long npsResponses;
  long promoters;
  long detractors;
  long cesResponses;
  double cesSum;
  long negative;
  long followedUp;
  Histogram firstReply = new Histogram();
  Histogram resolution = new Histogram();
  Histogram followUp = new Histogram();

  void addCreated(TicketFact t) {
    created++;
    createdMinuteSum += minute(t.createdAt());
  }

  void addFirstReply(TicketFact t) {
    firstReply.add(t.firstReplyMinutes());
  }

  void addSolved(TicketFact t) {
    solved++;
    solvedCreatedMinuteSum += minute(t.createdAt());
    resolutionSum += t.resolutionMinutes();
    resolution.add(t.resolutionMinutes());
    if (t.handleMinutes() != null) {
      handleCount++;
      handleSum += t.handleMinutes();
    }
    oneTouch += t.oneTouch() ? 1 : 0;
    reopened += t.reopens() > 0 ? 1 : 0;
    if (t.slaFirstReplyMet() != null) {
      slaFirstReplyFinished++;
      slaFirstReplyAchieved += t.slaFirstReplyMet() ? 1 : 0;
    }
    if (t.slaResolutionMet() != null) {
      slaResolutionFinished++;
      slaResolutionAchieved += t.slaResolutionMet() ? 1 : 0;
    }
    if (t.qaScore() != null) {
      qaCount++;
      qaSum += t.qaScore();
    }
  }

  void addSurvey(SurveyFact s) {
    switch (s.kind()) {
      case CSAT -> {
        csatResponses++;
        csatSatisfied += Boolean.TRUE.equals(s.satisfied()) ? 1 : 0;
      }
      case NPS -> {
        npsResponses++;
        promoters += s.npsClass() == SurveyFact.NpsClass.PROMOTER ? 1 : 0;
        detractors += s.npsClass() == SurveyFact.NpsClass.DETRACTOR ? 1 : 0;
      }
      case CES -> {
        cesResponses++;
        cesSum += s.cesScore();
      }
    }
    if (s.negative()) {
      negative++;
      if (s.followUpMinutes() != null) {
        followedUp++;
        followUp.add(s.followUpMinutes());
      }
    }
  }

  public void addAll(KpiDay o) {
    created += o.created;
    createdMinuteSum += o.createdMinuteSum;
    solved += o.solved;
    solvedCreatedMinuteSum += o.solvedCreatedMinuteSum;
    resolutionSum += o.resolutionSum;
    handleCount += o.handleCount;
    handleSum += o.handleSum;
    oneTouch += o.oneTouch;
    reopened += o.reopened;
    slaFirstReplyAchieved += o.slaFirstReplyAchieved;
    slaFirstReplyFinished += o.slaFirstReplyFinished;
    slaResolutionAchieved += o.slaResolutionAchieved;
    slaResolutionFinished += o.slaResolutionFinished;
    qaCount += o.qaCount;
    qaSum += o.qaSum;
    csatResponses += o.csatResponses;
    csatSatisfied += o.csatSatisfied;
    npsResponses += o.npsResponses;
    promoters += o.promoters;
    detractors += o.detractors;
    cesResponses += o.cesResponses;
    cesSum += o.cesSum;
    negative += o.negative;
    followedUp += o.followedUp;
    firstReply.addAll(o.firstReply);
    resolution.addAll(o.resolution);
    followUp.addAll(o.followUp);
  }

  /**
   * The KPIs of these sums.
   *
   * @param days the period's length, for per-day rates
   * @param backlog tickets open at the period's end, and {@code backlogMinuteSum} the sum of their
   *     creation instants in epoch minutes, measured at {@code asOf}
   */
  KpiValues values(double days, long backlog, long backlogMinuteSum, Instant asOf) {
    double asOfMinute = asOf.getEpochSecond() / 60d;
    return new KpiValues(created, solved, days > 0 ? created / days : null,
        days > 0 ? solved / days : null, firstReply.count(), firstReply.percentile(0.5),
        firstReply.percentile(0.9), resolution.percentile(0.5), resolution.percentile(0.9),
        ratio(resolutionSum, solved), ratio(handleSum, handleCount), ratio(oneTouch, solved),
        ratio(reopened, solved), ratio(slaFirstReplyAchieved, slaFirstReplyFinished),
        ratio(slaResolutionAchieved, slaResolutionFinished), backlog,
        backlog <= 0 ? null : Math.max(0, (asOfMinute - (double) backlogMinuteSum / backlog) / 60),
        csatResponses, ratio(csatSatisfied, csatResponses), npsResponses,
        npsResponses == 0 ? null : 100d * (promoters - detractors) / npsResponses,
        cesResponses, ratio(cesSum, cesResponses), ratio(qaSum, qaCount), negative, followedUp,
        followUp.percentile(0.5));
  }

  private static Double ratio(double part, double whole) {
    return whole == 0 ? null : part / whole;
  }

  static long minute(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), 60);
  }

  /** A compact text form for the store: the sums, then the three histograms, '|'-separated. */
  public String encode() {
    return created + "," + createdMinuteSum + "," + solved + "," + solvedCreatedMinuteSum + ","
        + resolutionSum + "," + handleCount + "," + handleSum + "," + oneTouch + "," + reopened
        + "," + slaFirstReplyAchieved + "," + slaFirstReplyFinished + "," + slaResolutionAchieved
        + "," + slaResolutionFinished + "," + qaCount + "," + qaSum + "," + csatResponses + ","
        + csatSatisfied + "," + npsResponses + "," + promoters + "," + detractors + ","
        + cesResponses + "," + cesSum + "," + negative + "," + followedUp + "|"
        + firstReply.encode() + "|" + resolution.encode() + "|" + followUp.encode();
  }

  public static KpiDay decode(String text) {
    String[] parts = text.split("\\|", -1);
    String[] v = parts[0].split(",");
    KpiDay d = new KpiDay();
    int i = 0;
    d.created = Long.parseLong(v[i++]);
    d.createdMinuteSum = Long.parseLong(v[i++]);
    d.solved = Long.parseLong(v[i++]);
    d.solvedCreatedMinuteSum = Long.parseLong(v[i++]);
    d.resolutionSum = Long.parseLong(v[i++]);
    d.handleCount = Long.parseLong(v[i++]);
    d.handleSum = Long.parseLong(v[i++]);
    d.oneTouch = Long.parseLong(v[i++]);
    d.reopened = Long.parseLong(v[i++]);
    d.slaFirstReplyAchieved = Long.parseLong(v[i++]);
    d.slaFirstReplyFinished = Long.parseLong(v[i++]);
    d.slaResolutionAchieved = Long.parseLong(v[i++]);
    d.slaResolutionFinished = Long.parseLong(v[i++]);
    d.qaCount = Long.parseLong(v[i++]);
    d.qaSum = Double.parseDouble(v[i++]);
    d.csatResponses = Long.parseLong(v[i++]);
    d.csatSatisfied = Long.parseLong(v[i++]);
    d.npsResponses = Long.parseLong(v[i++]);
    d.promoters = Long.parseLong(v[i++]);
    d.detractors = Long.parseLong(v[i++]);
    d.cesResponses = Long.parseLong(v[i++]);
    d.cesSum = Double.parseDouble(v[i++]);
    d.negative = Long.parseLong(v[i++]);
    d.followedUp = Long.parseLong(v[i]);
    d.firstReply = Histogram.decode(parts[1]);
    d.resolution = Histogram.decode(parts[2]);
    d.followUp = Histogram.decode(parts[3]);
    return d;
  }
}
