package io.shiftlead.plugin.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.plugin.testing.Await;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three Payara Micro members started as one Payara Data Grid (tcpip discovery on loopback) on one
 * PostgreSQL, three connectors, each against its own sandbox helpdesk: the members share the
 * connectors through leases in the store (ADR 0014); the member syncing {@code alpha} is killed
 * with SIGKILL in the middle of its sync and a survivor takes {@code alpha} over. The end state is
 * read from the helpdesks: every ticket evaluated, no note written twice. A webhook posted to a
 * member that does not hold its connector is processed; {@code /api/v1/status} shows the grid and
 * {@code /api/v1/status/metrics} the series. Skipped without {@code -Dshiftlead.pg.url}
 * (scripts/run-tests passes one).
 */
class ClusterOnPayaraIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN_VAR = "SHIFTLEAD_IT_ZENDESK_TOKEN";
  private static final String TOKEN = "sl-test-secret-cluster-token-" + System.nanoTime();
  private static final String SECRET_VAR = "SHIFTLEAD_IT_WEBHOOK_SECRET";
  private static final String WEBHOOK_SECRET = "sl-test-secret-cluster-webhook";
  private static final String API_VAR = "SHIFTLEAD_IT_MANAGER_TOKEN";
  private static final String API_TOKEN = "sl-test-secret-cluster-api-" + System.nanoTime();
  private static final Map<String, String> AUTH = Map.of("Authorization", "Bearer " + API_TOKEN);
  private static final List<String> CONNECTORS = List.of("alpha", "beta", "gamma");
  private static final List<String> MEMBERS = List.of("member-1", "member-2", "member-3");
  /** Enough that the kill lands mid-sync at 5 requests/s, few enough to finish quickly. */
  private static final int TICKETS = 300;

  private final Map<String, SandboxHelpdesk> sandboxes = new TreeMap<>();
  private final Map<String, PayaraServer> servers = new TreeMap<>();

  @AfterEach
  void stop() throws Exception {
    for (PayaraServer server : servers.values()) {
      server.close();
    }
    for (SandboxHelpdesk sandbox : sandboxes.values()) {
      sandbox.close();
    }
  }

  @Test
  void threeMembersShareTheConnectorsAndTheSurvivorsFinishAKilledMembersSyncWithoutDuplicates()
      throws Exception {
    String pgUrl = System.getProperty("shiftlead.pg.url", "");
    assumeTrue(pgUrl.startsWith("jdbc:postgresql:"),
        "no PostgreSQL configured (-Dshiftlead.pg.url); scripts/run-tests provides one");
    Instant began = Instant.now();
    String schema = "it_cluster_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    String storeUrl = pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    long seed = 7;
    for (String name : CONNECTORS) {
      sandboxes.put(name, SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(TICKETS)
          .withSeed(seed++).withCredentials("it@shiftlead.test", TOKEN)
          .withClosedTicketsReadOnly(true).withRequestsPerMinute(100_000)));
    }
    Path dir = Path.of("target/it/cluster-" + System.nanoTime()).toAbsolutePath();
    String gridName = "shiftlead-it-" + UUID.randomUUID().toString().substring(0, 8);
    int gridPort = freeConsecutivePorts(MEMBERS.size());
    startMembers(dir, storeUrl, gridName, gridPort);
    Instant started = Instant.now();

    // one grid of three; the leases in the store split the connectors one each
    await(Duration.ofSeconds(60), () -> gridMembers(servers.get("member-1")) == 3);
    JsonNode cluster = status(servers.get("member-1")).path("cluster");
    assertThat(cluster.path("grid").path("clusterName").asText()).isEqualTo(gridName);
    assertThat(cluster.path("memberId").asText()).isEqualTo("member-1");
    await(Duration.ofSeconds(60), () -> leases(storeUrl).values().stream().map(Lease::owner)
        .distinct().count() == 3);
    Map<String, Lease> shared = leases(storeUrl);
    assertThat(shared.keySet()).containsExactlyElementsOf(CONNECTORS);

    // kill -9 the member syncing alpha once alpha's write-backs are under way
    SandboxHelpdesk alphaDesk = sandboxes.get("alpha");
    await(Duration.ofSeconds(120), () -> alphaDesk.updatesApplied() >= 10);
    String victimId = leases(storeUrl).get("alpha").owner();
    PayaraServer victim = servers.remove(victimId);
    long writtenBeforeKill = alphaDesk.updatesApplied();
    victim.kill();
    Instant killedAt = Instant.now();
    PayaraServer survivor = servers.values().iterator().next();
    System.out.printf("cluster IT: members up %d s after launch; killed %s after %d updates to"
        + " alpha; alpha tickets stored %d of %d%n",
        Duration.between(began, started).toSeconds(), victimId, writtenBeforeKill,
        ticketsSeen(survivor, "alpha"), TICKETS);

    await(Duration.ofSeconds(45), () -> {
      Lease alpha = leases(storeUrl).get("alpha");
      return alpha != null && servers.containsKey(alpha.owner());
    });
    Duration takeOver = Duration.between(killedAt, Instant.now());
    assertThat(takeOver).as("alpha moved within lease + renewal").isLessThan(Duration.ofSeconds(30));
    Lease moved = leases(storeUrl).get("alpha");
    assertThat(moved.epoch()).isGreaterThan(shared.get("alpha").epoch());
    PayaraServer alphaHolder = servers.get(moved.owner());

    // end state: every ticket evaluated on every helpdesk, no note twice
    Map<String, Integer> notes = new TreeMap<>();
    for (String name : CONNECTORS) {
      SandboxAssertions helpdesk = new SandboxAssertions(sandboxes.get(name));
      await(Duration.ofSeconds(180), () -> ticketsSeen(survivor, name) == TICKETS
          && helpdesk.everyRepliedTicketHasItsField());
      List<Long> replied = helpdesk.ticketsWithAnAgentReply();
      assertThat(replied).as("replied tickets of %s", name).hasSizeGreaterThan(30);
      List<Long> doubled = replied.stream().filter(id -> helpdesk.shiftleadNotes(id) != 1)
          .toList();
      assertThat(doubled).as("%s tickets without exactly one note", name).isEmpty();
      notes.put(name, replied.size());
    }
    assertThat(alphaDesk.updatesApplied()).as("the survivor wrote to alpha after the kill")
        .isGreaterThan(writtenBeforeKill);

    // a webhook for beta posted to a member that does not sync beta is processed by the holder
    String betaOwner = leases(storeUrl).get("beta").owner();
    PayaraServer notBeta = servers.entrySet().stream().filter(e -> !e.getKey().equals(betaOwner))
        .findFirst().orElseThrow().getValue();
    long ticketId = new SandboxAssertions(sandboxes.get("beta")).ticketsWithAnAgentReply().get(0);
    sandboxes.get("beta").touch(ticketId, "Any news? (sent to a member without beta's lease)");
    String body = SignedWebhooks.commentAdded(ticketId, "01CLUSTER" + ticketId);
    var accepted = notBeta.post("/api/v1/webhooks/beta",
        new SignedWebhooks(WEBHOOK_SECRET).headers(body, Instant.now(), "cluster-inv-1"), body);
    assertThat(accepted.statusCode()).isEqualTo(202);
    // handled by the holder between two pages of its sync run, or on its next tick
    await(Duration.ofSeconds(60), () -> webhooksPending(storeUrl, "beta") == 0);
    assertThat(webhooksDone(storeUrl, "beta")).isEqualTo(1);

    // the survivors see a grid of two; metrics need the manager token and show the end state
    await(Duration.ofSeconds(30), () -> gridMembers(survivor) == 2);
    assertThat(survivor.get("/api/v1/status/metrics").statusCode()).isEqualTo(401);
    var metrics = alphaHolder.get("/api/v1/status/metrics", AUTH);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
        .startsWith("text/plain;").contains("version=0.0.4");
    assertThat(metrics.body()).contains(
        "shiftlead_tickets_stored{connector=\"alpha\"} " + TICKETS + "\n",
        "shiftlead_lease_held{connector=\"alpha\"} 1\n",
        "shiftlead_outbox_pending{connector=\"alpha\"} 0\n",
        "shiftlead_webhook_inbox_depth{connector=\"beta\"} 0\n",
        "shiftlead_writebacks_failed_total{connector=\"alpha\"} 0\n",
        "shiftlead_cluster_members 2\n",
        "shiftlead_grid_members 2\n");
    assertThat(sample(metrics.body(), "shiftlead_writebacks_applied_total{connector=\"alpha\"}"))
        .isGreaterThanOrEqualTo(notes.get("alpha"));
    assertThat(sample(metrics.body(), "shiftlead_sync_lag_seconds{connector=\"alpha\"}"))
        .isBetween(0.0, 60.0);

    System.out.printf("cluster IT: alpha taken over by %s in %d s (epoch %d); every helpdesk"
        + " complete, notes %s, none doubled; %d s in all%n", moved.owner(),
        takeOver.toSeconds(), moved.epoch(), notes, Duration.between(began, Instant.now())
            .toSeconds());
    for (PayaraServer server : servers.values()) {
      assertThat(server.log()).doesNotContain(TOKEN).doesNotContain(API_TOKEN)
          .doesNotContain(WEBHOOK_SECRET);
    }
  }

  /** Starts the members in parallel, one Data Grid: tcpip discovery on the listed ports. */
  private void startMembers(Path dir, String storeUrl, String gridName, int gridPort)
      throws Exception {
    List<String> grid = new ArrayList<>();
    for (int i = 0; i < MEMBERS.size(); i++) {
      grid.add("127.0.0.1:" + (gridPort + i));
    }
    ExecutorService starter = Executors.newFixedThreadPool(MEMBERS.size());
    try {
      Map<String, Future<PayaraServer>> starting = new TreeMap<>();
      for (int i = 0; i < MEMBERS.size(); i++) {
        String member = MEMBERS.get(i);
        Path config = config(dir.resolve(member), member, storeUrl);
        List<String> args = List.of("--clustermode", "tcpip:" + String.join(",", grid),
            "--clustername", gridName, "--startport", String.valueOf(gridPort + i),
            "--name", member);
        starting.put(member, starter.submit(() -> PayaraServer.start(config.getParent(), config,
            env(), List.of("-Xmx384m", "-Xss512k", "-XX:+UseSerialGC"), args)));
      }
      Exception failed = null;
      for (var f : starting.entrySet()) {
        try {
          servers.put(f.getKey(), f.getValue().get()); // stopped after the test either way
        } catch (ExecutionException e) {
          failed = e;
        }
      }
      if (failed != null) {
        throw failed;
      }
    } finally {
      starter.shutdown();
    }
  }

  private record Lease(String owner, long epoch) {}

  private static Map<String, Lease> leases(String storeUrl) throws Exception {
    Map<String, Lease> result = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(storeUrl); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT connector, owner, epoch FROM connector_leases"
            + " WHERE expires_at > now()")) {
      while (rows.next()) {
        result.put(rows.getString(1), new Lease(rows.getString(2), rows.getLong(3)));
      }
    } catch (java.sql.SQLException notMigratedYet) {
      return result;
    }
    return result;
  }

  private static long webhooksPending(String storeUrl, String connector) throws Exception {
    return count(storeUrl, "SELECT COUNT(*) FROM webhook_inbox WHERE connector = '" + connector
        + "' AND done_at IS NULL");
  }

  private static long webhooksDone(String storeUrl, String connector) throws Exception {
    return count(storeUrl, "SELECT COUNT(*) FROM webhook_inbox WHERE connector = '" + connector
        + "' AND done_at IS NOT NULL");
  }

  private static long count(String storeUrl, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(storeUrl); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static JsonNode status(PayaraServer server) throws Exception {
    return JSON.readTree(server.get("/api/v1/status", AUTH).body());
  }

  private static int gridMembers(PayaraServer server) throws Exception {
    return status(server).path("cluster").path("grid").path("members").size();
  }

  private static long ticketsSeen(PayaraServer server, String connector) throws Exception {
    for (JsonNode c : status(server).path("connectors")) {
      if (c.path("name").asText().equals(connector)) {
        return c.path("ticketsSeen").asLong();
      }
    }
    return -1;
  }

  /** The value of one series line in a Prometheus exposition. */
  private static double sample(String exposition, String series) {
    return exposition.lines().filter(l -> l.startsWith(series + " ")).findFirst()
        .map(l -> Double.parseDouble(l.substring(series.length() + 1)))
        .orElseThrow(() -> new AssertionError("no series " + series + " in\n" + exposition));
  }

  private Path config(Path dir, String member, String storeUrl) throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    Files.createDirectories(dir.resolve("sla"));
    String user = param(storeUrl, "user");
    StringBuilder yaml = new StringBuilder("""
        store:
          url: "%s"
          user: %s
        rulesDirectory: %s
        slaDirectory: %s
        security:
          tokens:
            - name: prometheus
              token: ${%s}
              role: manager
        cluster:
          enabled: true
          memberId: %s
          leaseSeconds: 6
          renewSeconds: 2
        connectors:
        """.formatted(storeUrl, user, dir.resolve("rules"), dir.resolve("sla"), API_VAR,
        member));
    for (String name : CONNECTORS) {
      // 300 requests/minute: each sync lasts long enough for the kill to land in it
      yaml.append("""
            - name: %s
              type: zendesk
              pollIntervalSeconds: 2
              settings:
                baseUrl: %s
                email: it@shiftlead.test
                apiToken: ${%s}
                webhookSecret: ${%s}
                requestsPerMinute: 300
                exportRequestsPerMinute: 60
                pageSize: 100
                startTime: "2026-01-01T00:00:00Z"
                customFields: first_reply_minutes:360000000101
          """.formatted(name, sandboxes.get(name).baseUrl(), TOKEN_VAR, SECRET_VAR));
    }
    Path file = dir.resolve("shiftlead.yaml");
    Files.writeString(file, yaml.toString());
    return file;
  }

  private static String param(String url, String name) {
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return "postgres";
  }

  private static Map<String, String> env() {
    return Map.of(TOKEN_VAR, TOKEN, SECRET_VAR, WEBHOOK_SECRET, API_VAR, API_TOKEN);
  }

  /**
   * The first of {@code n} consecutive free loopback ports for the Data Grid, away from Payara's
   * default 6900 that other servers on this machine may hold (Hazelcast binds it even with
   * {@code --nocluster}).
   */
  private static int freeConsecutivePorts(int n) throws Exception {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
      boolean free = true;
      for (int p = base; p < base + n && free; p++) {
        try (ServerSocket socket = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
          socket.setReuseAddress(true);
        } catch (java.io.IOException taken) {
          free = false;
        }
      }
      if (free) {
        return base;
      }
    }
    throw new IllegalStateException("no " + n + " consecutive free ports");
  }

  private static void await(Duration limit, java.util.concurrent.Callable<Boolean> condition)
      throws Exception {
    Await.until(limit, Duration.ofMillis(500), condition);
  }
}
