package io.shiftlead.plugin.bench.load;

import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed Zendesk webhooks at a fixed rate into the real server (the WAR on Payara Micro, loopback,
 * {@code -Xmx512m}, H2 store) while it backfills the sandbox (in this JVM). The client is open
 * loop: request i is due at {@code start + i / rate} whatever happened to earlier ones, and its
 * latency is measured from that due time, so queueing in the server counts (no coordinated
 * omission). Afterwards the server is stopped and its store opened: every accepted (202) delivery
 * must be in the webhook inbox.
 *
 * <p>Args: {@code [ratePerSecond=500] [seconds=60] [tickets=200000] [requestsPerMinute=700]
 * [exportRequestsPerMinute=10]}; system properties {@code payara.microJar} and
 * {@code shiftlead.war} (see docs/benchmarks.md for the command).
 */
public final class WebhookLoadBench {
  private static final String SECRET = "sl-test-secret-webhook-load-" + System.nanoTime();
  private static final String TOKEN = "sl-test-secret-webhook-token-" + System.nanoTime();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1) // as Zendesk delivers; h2c would multiplex one socket
      .executor(Executors.newFixedThreadPool(4, r -> {
        Thread thread = new Thread(r, "webhook-load-client");
        thread.setDaemon(true); // the JVM exits when main ends, also after a failed check
        return thread;
      })).build();

  private WebhookLoadBench() {}

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int tickets = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
    int rpm = args.length > 3 ? Integer.parseInt(args[3]) : 700;
    int exportRpm = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    Path dir = Files.createTempDirectory("shiftlead-webhook-load-").toAbsolutePath();
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(SandboxOptions.defaults()
        .withTicketCount(tickets).withRequestsPerMinute(rpm)
        .withCredentials("load@shiftlead.test", TOKEN).withClosedTicketsReadOnly(true))) {
      sandbox.limitExports(exportRpm);
      Path config = config(dir, sandbox.baseUrl(), rpm, exportRpm);
      int port = freePort();
      Process server = startPayara(dir, config, port);
      try {
        String base = "http://127.0.0.1:" + port;
        awaitReady(server, base, dir);
        awaitBackfillRunning(base);
        System.out.println("backfill running: " + get(base + "/api/v1/status"));
        String heapBefore = heap(server.pid());
        Result result = fire(base + "/api/v1/webhooks/sandbox", rate, seconds,
            sandbox.ticketIds());
        System.out.println("after the load: " + get(base + "/api/v1/status"));
        String heapAfter = heap(server.pid());
        stop(server);
        long stored = inboxRows(dir, result.acceptedIds);
        report(rate, seconds, result, stored, heapBefore, heapAfter);
      } finally {
        server.destroyForcibly();
      }
    }
  }

  /** Outcome of the firing: latencies in µs from each request's due time. */
  private record Result(long[] latencies, long accepted, long duplicates, long errors,
      List<String> acceptedIds, List<String> errorSamples, double sendSeconds) {}

  private static Result fire(String url, int rate, int seconds, List<Long> ticketIds)
      throws Exception {
    int total = rate * seconds;
    long[] latencies = new long[total];
    AtomicLong accepted = new AtomicLong();
    AtomicLong duplicates = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<?>> pending = new ArrayList<>(total);
    Random random = new Random(42);
    long intervalNanos = 1_000_000_000L / rate;
    long start = System.nanoTime() + 100_000_000L;
    for (int i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      long ticket = ticketIds.get(random.nextInt(ticketIds.size()));
      String delivery = "load-" + i + "-" + ticket;
      String body = """
          {"type":"zen:event-type:ticket.comment_added","account_id":1,"id":"%s","time":"%s",\
          "zendesk_event_version":"2022-11-06","subject":"zen:ticket:%d",\
          "detail":{"id":"%d","status":"OPEN"},"event":{"comment":{"id":"%d","is_public":true}}}"""
          .formatted(delivery, Instant.now(), ticket, ticket, i);
      String timestamp = Instant.now().toString();
      HttpRequest request = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json")
          .header("X-Zendesk-Webhook-Signature", sign(timestamp, body))
          .header("X-Zendesk-Webhook-Signature-Timestamp", timestamp)
          .header("X-Zendesk-Webhook-Invocation-Id", delivery)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      int index = i;
      pending.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, failure) -> {
            latencies[index] = (System.nanoTime() - due) / 1000;
            if (failure == null && response.statusCode() == 202) {
              if (response.body().contains("\"duplicate\":true")) {
                duplicates.incrementAndGet();
              } else {
                accepted.incrementAndGet();
                ids.add(delivery);
              }
            } else {
              errors.incrementAndGet();
              if (samples.size() < 5) {
                samples.add(failure != null ? failure.toString()
                    : response.statusCode() + " " + response.body());
              }
            }
          }));
    }
    double sendSeconds = (System.nanoTime() - start) / 1e9;
    CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0]))
        .exceptionally(failure -> null).get(120, TimeUnit.SECONDS);
    return new Result(latencies, accepted.get(), duplicates.get(), errors.get(),
        new ArrayList<>(ids), new ArrayList<>(samples), sendSeconds);
  }

  private static void report(int rate, int seconds, Result r, long stored, String heapBefore,
      String heapAfter) {
    long[] sorted = r.latencies.clone();
    Arrays.sort(sorted);
    System.out.printf("%nwebhooks: %d requested at %d/s for %d s (sent in %.1f s)%n",
        sorted.length, rate, seconds, r.sendSeconds);
    System.out.printf("accepted %d, duplicates %d, errors %d %s%n", r.accepted, r.duplicates,
        r.errors, r.errorSamples);
    System.out.printf("accept latency from the scheduled send time: p50 %.1f ms, p95 %.1f ms,"
        + " p99 %.1f ms, max %.1f ms%n", pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
        sorted[sorted.length - 1] / 1000.0);
    System.out.printf("accepted deliveries found in the store's webhook inbox: %d of %d -> %s%n",
        stored, r.accepted, stored == r.accepted ? "none lost" : (r.accepted - stored) + " LOST");
    System.out.println("server heap before the load: " + heapBefore);
    System.out.println("server heap after the load:  " + heapAfter);
    if (stored != r.accepted) {
      throw new AssertionError("accepted webhooks missing from the inbox");
    }
  }

  private static double pct(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1000.0;
  }

  /** How many of the deliveries answered 202 are in the store's inbox. */
  private static long inboxRows(Path dir, List<String> accepted) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("store/shiftlead");
    java.util.Set<String> inbox = new java.util.HashSet<>();
    long processed = 0;
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT delivery_id, done_at FROM webhook_inbox"
            + " WHERE connector = 'sandbox' AND delivery_id LIKE 'load-%'")) {
      while (rows.next()) {
        inbox.add(rows.getString(1));
        processed += rows.getTimestamp(2) == null ? 0 : 1;
      }
    }
    long found = accepted.stream().filter(inbox::contains).count();
    System.out.printf("webhook inbox: %d deliveries (%d processed so far, the rest queued for the"
        + " per-minute budget); %d stored although their answer did not reach the client%n",
        inbox.size(), processed, inbox.size() - found);
    return found;
  }

  private static String sign(String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static Path config(Path dir, String sandboxUrl, int rpm, int exportRpm)
      throws IOException {
    Files.createDirectories(dir.resolve("rules"));
    Files.createDirectories(dir.resolve("sla"));
    Path file = dir.resolve("shiftlead.yaml");
    Files.writeString(file, """
        store:
          url: jdbc:h2:file:%s
        rulesDirectory: %s
        slaDirectory: %s
        connectors:
          - name: sandbox
            type: zendesk
            pollIntervalSeconds: 5
            settings:
              baseUrl: %s
              email: load@shiftlead.test
              apiToken: ${LOAD_ZENDESK_TOKEN}
              webhookSecret: ${LOAD_WEBHOOK_SECRET}
              requestsPerMinute: %d
              exportRequestsPerMinute: %d
              pageSize: 1000
              startTime: "2020-01-01T00:00:00Z"
              customFields: first_reply_minutes:360000000101
        """.formatted(dir.resolve("store/shiftlead"), dir.resolve("rules"), dir.resolve("sla"),
        sandboxUrl, rpm, exportRpm));
    return file;
  }

  private static Process startPayara(Path dir, Path config, int port) throws IOException {
    Path preboot = dir.resolve("preboot.txt");
    Files.writeString(preboot, "set configs.config.server-config.network-config."
        + "network-listeners.network-listener.http-listener.address=127.0.0.1\n");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Dhazelcast.socket.bind.any=false", "-Dshiftlead.config=" + config));
    // e.g. -Dbench.serverJvmArgs="-XX:StartFlightRecording=duration=60s,filename=/tmp/wh.jfr"
    String extra = System.getProperty("bench.serverJvmArgs", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(Arrays.asList(extra.split("\\s+")));
    }
    command.addAll(List.of("-jar", require("payara.microJar"), "--deploy", require("shiftlead.war"),
        "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
        "--disablephonehome", "--interfaces", "127.0.0.1", "--prebootcommandfile",
        preboot.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("payara.log").toFile());
    builder.environment().put("LOAD_ZENDESK_TOKEN", TOKEN);
    builder.environment().put("LOAD_WEBHOOK_SECRET", SECRET);
    System.out.println("Payara Micro starting, log: " + dir.resolve("payara.log"));
    return builder.start();
  }

  private static String require(String property) {
    String value = System.getProperty(property);
    if (value == null || !Files.exists(Path.of(value))) {
      throw new IllegalArgumentException("system property " + property
          + " must name an existing file, got " + value);
    }
    return value;
  }

  private static void awaitReady(Process server, String base, Path dir) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new IllegalStateException("Payara exited; see " + dir.resolve("payara.log"));
      }
      try {
        if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // booting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Payara not ready in 5 minutes");
  }

  private static void awaitBackfillRunning(String base) throws Exception {
    for (int i = 0; i < 120; i++) {
      String status = get(base + "/api/v1/status");
      if (status.contains("\"syncing\"") && !status.contains("\"ticketsSeen\":0")) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the backfill did not start: " + get(base + "/api/v1/status"));
  }

  private static String get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  /** {@code jcmd <pid> GC.heap_info}'s first lines (used/committed of the server JVM). */
  private static String heap(long pid) throws Exception {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd")
        .toString(), String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor();
    return out.lines().filter(l -> l.contains("total") || l.contains("used"))
        .findFirst().orElse(out.trim()).trim();
  }

  private static void stop(Process server) throws InterruptedException {
    server.destroy(); // SIGTERM: Payara shuts down and H2 closes the store
    if (!server.waitFor(60, TimeUnit.SECONDS)) {
      server.destroyForcibly();
      server.waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
