package io.shiftlead.plugin.bench.kpi;

import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.plugin.core.kpi.GroupBy;
import io.shiftlead.plugin.core.kpi.KpiPeriod;
import io.shiftlead.plugin.core.kpi.KpiReport;
import io.shiftlead.plugin.core.kpi.SurveyFact;
import io.shiftlead.plugin.core.kpi.TicketFact;
import io.shiftlead.plugin.infrastructure.store.Database;
import io.shiftlead.plugin.infrastructure.store.JdbcKpiStore;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Plain-main KPI report benchmark: loads a year of generated ticket facts (1 000 000 by default,
 * 15 % with a survey answer) into a fresh store and times the dashboard's report queries (two
 * warm-up runs, then five timed runs; the median and the slowest are printed), after the one-off
 * rollup of the bulk-loaded days (the pipeline keeps it current day by day). Arguments:
 * {@code [jdbc-url] [tickets]}; the default URL is an H2 file store in a temporary directory, as
 * the server's default. See docs/benchmarks.md.
 */
public final class KpiReportBench {
  static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
  static final Instant START = END.minusSeconds(365L * 86_400);

  private KpiReportBench() {}

  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0]
        : "jdbc:h2:file:" + Files.createTempDirectory("kpi-bench").resolve("store");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    try (Database db = Database.open(url, url.startsWith("jdbc:h2:") ? "sa" : null,
        url.startsWith("jdbc:h2:") ? "" : null)) {
      JdbcKpiStore store = new JdbcKpiStore(db.jdbc(), Clock.systemUTC());
      long loadStart = System.nanoTime();
      if (System.getProperty("kpi.skipLoad") == null) {
        load(store, n); // -Dkpi.skipLoad: measure a store loaded by an earlier run
      }
      System.out.printf("loaded %,d ticket facts (+ surveys) in %,d s into %s%n", n,
          (System.nanoTime() - loadStart) / 1_000_000_000, Database.redacted(url));
      long refreshStart = System.nanoTime();
      int days = store.refresh("bench");
      System.out.printf("rollup of %d dirty days computed in %,d s (once, after the bulk load)%n",
          days, (System.nanoTime() - refreshStart) / 1_000_000_000);
      KpiPeriod year = new KpiPeriod(START, END);
      KpiPeriod month = new KpiPeriod(END.minusSeconds(30L * 86_400), END);
      time(store, "year, totals (+ previous year)", year, GroupBy.NONE);
      time(store, "year, by agent (+ previous)", year, GroupBy.AGENT);
      time(store, "year, by week (+ previous)", year, GroupBy.WEEK);
      time(store, "year, by tag (+ previous)", year, GroupBy.TAG);
      time(store, "30 days, by agent (+ previous 30)", month, GroupBy.AGENT);
    }
  }

  private static void time(JdbcKpiStore store, String label, KpiPeriod period, GroupBy groupBy) {
    long[] ms = new long[5];
    KpiReport report = null;
    for (int run = -2; run < ms.length; run++) {
      long start = System.nanoTime();
      report = store.report("bench", period, groupBy, END);
      if (run >= 0) {
        ms[run] = (System.nanoTime() - start) / 1_000_000;
      }
    }
    Arrays.sort(ms);
    System.out.printf("%-36s median %,6d ms, slowest %,6d ms (%d slices; created %,d, solved"
        + " %,d, FRT p90 %.0f min, CSAT %.3f)%n", label, ms[2], ms[4], report.slices().size(),
        report.total().created(), report.total().solved(), report.total().firstReplyP90Minutes(),
        report.total().csat());
  }

  static void load(JdbcKpiStore store, int n) {
    Random random = new Random(42);
    String[] channels = {"email", "web", "chat", "phone", "api"};
    String[] priorities = {"low", "normal", "high", "urgent"};
    long span = END.getEpochSecond() - START.getEpochSecond();
    List<TicketFact> batch = new ArrayList<>();
    List<SurveyFact> surveys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant created = START.plusSeconds((long) (random.nextDouble() * span));
      boolean replied = random.nextDouble() < 0.97;
      long frt = (long) Math.exp(random.nextGaussian() * 1.2 + 4);
      boolean solved = replied && random.nextDouble() < 0.93;
      long resolution = frt + (long) Math.exp(random.nextGaussian() * 1.3 + 6.5);
      Instant solvedAt = solved ? created.plusSeconds(resolution * 60) : null;
      int replies = solved ? 1 + random.nextInt(4) : replied ? 1 : 0;
      int reopens = solved && random.nextDouble() < 0.08 ? 1 : 0;
      List<String> tags = new ArrayList<>();
      for (int t = random.nextInt(3); t > 0; t--) {
        tags.add("tag" + random.nextInt(20));
      }
      String agent = "agent" + random.nextInt(50);
      batch.add(new TicketFact("bench", "t" + i, created,
          replied ? created.plusSeconds(frt * 60) : null, replied ? frt : null, solvedAt,
          solved ? resolution : null, solved ? Math.min(resolution, 5 + random.nextInt(60)) : null,
          reopens, replies, solved && replies <= 1 && reopens == 0, agent,
          "group" + random.nextInt(10), channels[random.nextInt(channels.length)],
          priorities[random.nextInt(priorities.length)], "org" + random.nextInt(200),
          solved ? "solved" : "open", random.nextDouble() < 0.005, tags,
          replied ? random.nextDouble() < 0.9 : null, solved ? random.nextDouble() < 0.85 : null,
          solved && random.nextDouble() < 0.2 ? 50 + random.nextInt(51) * 1.0 : null));
      if (solved && random.nextDouble() < 0.15) {
        SurveyKind kind = SurveyKind.values()[random.nextInt(3)];
        int score = kind == SurveyKind.NPS ? random.nextInt(11)
            : kind == SurveyKind.CSAT ? 1 + random.nextInt(5) : 1 + random.nextInt(7);
        boolean negative = kind == SurveyKind.NPS ? score <= 6 : kind == SurveyKind.CSAT
            ? score <= 2 : score <= 3;
        Instant answered = solvedAt.plusSeconds(3600);
        Long followUp = negative && random.nextBoolean() ? 30L + random.nextInt(600) : null;
        surveys.add(new SurveyFact("bench", "s" + i, "t" + i, agent, kind, answered,
            kind == SurveyKind.CSAT ? score >= 4 : null,
            kind == SurveyKind.NPS ? (score >= 9 ? SurveyFact.NpsClass.PROMOTER : score >= 7
                ? SurveyFact.NpsClass.PASSIVE : SurveyFact.NpsClass.DETRACTOR) : null,
            kind == SurveyKind.CES ? (double) score : null, negative,
            followUp == null ? null : answered.plusSeconds(followUp * 60), followUp, null));
      }
      if (batch.size() == 10_000) {
        store.upsertTicketFacts(batch);
        store.upsertSurveyFacts(surveys);
        batch.clear();
        surveys.clear();
      }
    }
    store.upsertTicketFacts(batch);
    store.upsertSurveyFacts(surveys);
  }

}
