package io.shiftlead.plugin.bench.qa;

import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.FixedReplyTimeTargets;
import io.shiftlead.plugin.core.qa.QaConfiguration;
import io.shiftlead.plugin.core.qa.QaScorer;
import io.shiftlead.plugin.core.qa.Scorecard;
import io.shiftlead.plugin.core.qa.SpellingChecker;
import io.shiftlead.plugin.infrastructure.qa.LanguageToolSpellingChecker;
import io.shiftlead.plugin.infrastructure.qa.QaComponents;
import io.shiftlead.plugin.infrastructure.qa.QaCorpus;
import io.shiftlead.plugin.infrastructure.qa.ScorecardReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scoring throughput over the labelled corpus with the example "default" scorecard (all eleven
 * checks), with LanguageTool and without it, on one thread and on all cores. A plain main rather
 * than JMH: the numbers we need are conversations per second and per-conversation latency, and the
 * first-load cost of LanguageTool, which JMH's forks would hide. Args: [seconds per phase].
 */
public final class QaScoringBench {
  private QaScoringBench() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    QaConfiguration config = new ScorecardReader()
        .read(Path.of(args.length > 1 ? args[1] : "../docs/examples/qa/scorecards.yaml"));
    Scorecard card = config.scorecards().byId("default").orElseThrow();
    List<Conversation> corpus = QaCorpus.load().stream().map(QaCorpus.Entry::conversation)
        .toList();
    FixedReplyTimeTargets targets = new FixedReplyTimeTargets(60, 240);

    long t0 = System.nanoTime();
    LanguageToolSpellingChecker.shared().check("Warm up the dictionary.", "en", java.util.Set.of());
    System.out.printf(Locale.ROOT, "LanguageTool first load + first check: %d ms%n",
        (System.nanoTime() - t0) / 1_000_000);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf(Locale.ROOT, "heap used after load: %d MB%n",
        (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    System.out.printf(Locale.ROOT, "corpus: %d conversations (%d English); cores: %d%n",
        corpus.size(), corpus.stream().filter(c -> c.language().equals("en")).count(),
        rt.availableProcessors());

    // No result cache: the corpus repeats, production texts mostly do not.
    QaScorer withLt = QaComponents.scorer(config, targets, new LanguageToolSpellingChecker(0));
    QaScorer withoutLt = QaComponents.scorer(config, targets, SpellingChecker.unavailable());
    run("checks without LanguageTool, 1 thread", withoutLt, card, corpus, 1, seconds);
    run("all checks incl. LanguageTool, 1 thread", withLt, card, corpus, 1, seconds);
    int cores = rt.availableProcessors();
    run("all checks incl. LanguageTool, " + cores + " threads", withLt, card, corpus, cores,
        seconds);
  }

  private static void run(String name, QaScorer scorer, Scorecard card, List<Conversation> corpus,
      int threads, int seconds) throws Exception {
    // warm-up: a third of the measured time
    measure(scorer, card, corpus, threads, Math.max(1, seconds / 3));
    long[] latencies = measure(scorer, card, corpus, threads, seconds);
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    double perSecond = latencies.length / (double) seconds;
    System.out.printf(Locale.ROOT,
        "%-45s %9.0f conv/s  p50 %7.1f us  p99 %8.1f us  max %8.1f us  (n=%d)%n", name,
        perSecond, sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
        sorted[sorted.length - 1] / 1e3, sorted.length);
  }

  private static long[] measure(QaScorer scorer, Scorecard card, List<Conversation> corpus,
      int threads, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      parts.add(pool.submit(() -> {
        long[] buffer = new long[1 << 16];
        int n = 0;
        int i = offset;
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          scorer.score(card, corpus.get(i++ % corpus.size()));
          long took = System.nanoTime() - start;
          if (n == buffer.length) {
            buffer = Arrays.copyOf(buffer, n * 2);
          }
          buffer[n++] = took;
        }
        return Arrays.copyOf(buffer, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> part : parts) {
      all.add(part.get());
    }
    pool.shutdown();
    return all.stream().flatMapToLong(Arrays::stream).toArray();
  }
}
