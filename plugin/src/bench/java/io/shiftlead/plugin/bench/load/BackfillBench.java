package io.shiftlead.plugin.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.plugin.infrastructure.config.ConfigLoader;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.connector.ConnectorRegistry;
import io.shiftlead.plugin.infrastructure.runtime.ConnectorStatus;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadRuntime;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Backfill of N sandbox tickets through the real runtime (store, evaluators, write-back) in this
 * JVM, run with the heap capped ({@code -Xmx512m}); the sandbox runs in a child JVM of its own so
 * its dataset does not count against that heap. The sandbox enforces the same request budget as
 * the connector is configured with, so every 429 it counts is a budget overrun.
 *
 * <p>Args: {@code [tickets=1000000] [requestsPerMinute=700] [exportRequestsPerMinute=10]
 * [storeUrl=jdbc:h2:file:/tmp/shiftlead-backfill-<time>/store] [sandboxHeap=6g]
 * [bulkReadBufferMb=64] [bulkReadMinTickets=200]}. The sandbox enforces both budgets (account and
 * incremental exports); {@code bulkReadMinTickets=0} measures the per-ticket reads.
 */
public final class BackfillBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "sl-test-secret-backfill-" + System.nanoTime();

  private BackfillBench() {}

  public static void main(String[] args) throws Exception {
    int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rpm = args.length > 1 ? Integer.parseInt(args[1]) : 700;
    int exportRpm = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    Path dir = Files.createTempDirectory("shiftlead-backfill-");
    String storeUrl = args.length > 3 && !args[3].isBlank() && !"-".equals(args[3]) ? args[3]
        : "jdbc:h2:file:" + dir.resolve("store");
    String sandboxHeap = args.length > 4 ? args[4] : "6g";
    int bufferMb = args.length > 5 ? Integer.parseInt(args[5]) : 64;
    int bulkMin = args.length > 6 ? Integer.parseInt(args[6]) : 200;
    int port = freePort();
    Process sandbox = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx" + sandboxHeap, "-cp", System.getProperty("java.class.path"),
        "io.shiftlead.testfixtures.sandbox.SandboxMain", "--port", String.valueOf(port),
        "--tickets", String.valueOf(tickets), "--rpm", String.valueOf(rpm),
        "--export-rpm", String.valueOf(exportRpm),
        "--closed-read-only", "true", "--email", "bench@shiftlead.test", "--token", TOKEN)
        .redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream()));
      String line;
      while ((line = out.readLine()) != null && !line.contains("ready in")) {
        // generating the dataset
      }
      System.out.println("sandbox: " + line);
      Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
      drain.setDaemon(true);
      drain.start();
      run(tickets, rpm, exportRpm, storeUrl, "http://127.0.0.1:" + port, dir, bufferMb, bulkMin);
    } finally {
      sandbox.destroyForcibly();
    }
  }

  private static void run(int tickets, int rpm, int exportRpm, String storeUrl, String baseUrl,
      Path dir, int bufferMb, int bulkMin) throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    Files.createDirectories(dir.resolve("sla"));
    String yaml = """
        store:
          url: "%s"
        rulesDirectory: %s
        slaDirectory: %s
        connectors:
          - name: backfill
            type: zendesk
            pollIntervalSeconds: 3600
            settings:
              baseUrl: %s
              email: bench@shiftlead.test
              apiToken: ${BENCH_TOKEN}
              requestsPerMinute: %d
              exportRequestsPerMinute: %d
              pageSize: 1000
              startTime: "2020-01-01T00:00:00Z"
              customFields: first_reply_minutes:360000000101
              bulkReadBufferMb: %d
              bulkReadMinTickets: %d
        """.formatted(storeUrl, dir.resolve("rules"), dir.resolve("sla"), baseUrl, rpm, exportRpm,
        bufferMb, bulkMin);
    ConnectorRegistry registry = new ConnectorRegistry(BackfillBench.class.getClassLoader());
    ShiftleadConfig config = new ConfigLoader(registry::settings,
        Map.of("BENCH_TOKEN", TOKEN)::get).load("bench", yaml);
    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    long heapBefore = heapUsedAfterGc();
    long started = System.nanoTime();
    long peak = 0;
    List<String> samples = new ArrayList<>();
    try (ShiftleadRuntime runtime = ShiftleadRuntime.start(config, registry, scheduler,
        Clock.systemUTC())) {
      long lastSeen = -1;
      int stable = 0;
      String firstPass = null;
      while (stable < 3) {
        Thread.sleep(5_000);
        ConnectorStatus status = runtime.status().get(0);
        peak = Math.max(peak, heapUsed());
        double secs = (System.nanoTime() - started) / 1e9;
        JsonNode now = counters(baseUrl); // every sample: a run cut short still tells the calls
        samples.add(String.format("%6.0f s  %9d tickets  %6d applied  heap %4d MB  %s  calls %d"
            + "  429s %d", secs, status.ticketsSeen(), status.updatesApplied(), heapUsed() >> 20,
            status.state(), now.path("requests_served").asLong(),
            now.path("rate_limited_responses").asLong()));
        System.out.println(samples.get(samples.size() - 1));
        if (firstPass == null && status.ticketsSeen() >= tickets) {
          // every ticket stored once; what follows re-pulls tickets changed by our own write-backs
          long calls = now.path("requests_served").asLong();
          firstPass = String.format("first pass (every ticket stored once): %.0f s, %.0f tickets/s,"
              + " %d API calls = %.1f per 1 000 tickets", secs, tickets / secs, calls,
              calls * 1000.0 / tickets);
          System.out.println(firstPass);
        }
        boolean done = status.ticketsSeen() >= tickets && "idle".equals(status.state());
        stable = done && status.ticketsSeen() == lastSeen ? stable + 1 : 0;
        lastSeen = status.ticketsSeen();
      }
      double seconds = (System.nanoTime() - started) / 1e9 - 10; // minus the two idle polls
      ConnectorStatus status = runtime.status().get(0);
      JsonNode counters = counters(baseUrl);
      long calls = counters.path("requests_served").asLong();
      System.out.printf("%nbackfill of %d tickets: %.0f s, %.0f tickets/s; %d updates applied%n",
          status.ticketsSeen(), seconds, status.ticketsSeen() / seconds, status.updatesApplied());
      System.out.printf("API calls: %d = %.1f per 1 000 tickets; 429 answers: %d (budget %d/min,"
          + " export %d/min); average %.0f calls/min%n", calls,
          calls * 1000.0 / status.ticketsSeen(), counters.path("rate_limited_responses").asLong(),
          rpm, exportRpm, calls / (seconds / 60));
      System.out.println(firstPass);
      System.out.printf("heap (max %d MB): %d MB before, peak sampled %d MB, %d MB after GC%n",
          Runtime.getRuntime().maxMemory() >> 20, heapBefore >> 20, peak >> 20,
          heapUsedAfterGc() >> 20);
    } finally {
      scheduler.shutdownNow();
    }
  }

  private static JsonNode counters(String baseUrl) throws Exception {
    return JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(baseUrl + "/sandbox")).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  private static long heapUsed() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static long heapUsedAfterGc() {
    System.gc();
    return heapUsed();
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
