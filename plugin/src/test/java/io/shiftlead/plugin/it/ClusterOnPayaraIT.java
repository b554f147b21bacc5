package io.shiftlead.plugin.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro members on one PostgreSQL, two connectors, each against its own sandbox
 * helpdesk: the members share the connectors through leases; one member is killed with SIGKILL
 * in the middle of its sync and the other takes its connector over. The end state is read from
 * the helpdesks: every ticket evaluated, no note written twice. Skipped without {@code
 * -Dshiftlead.pg.url} (scripts/run-tests passes one).
 */
class ClusterOnPayaraIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN_VAR = "SHIFTLEAD_IT_ZENDESK_TOKEN";
  private static final String TOKEN = "sl-test-secret-cluster-token-" + System.nanoTime();
  private static final List<String> CONNECTORS = List.of("alpha", "beta");
  private static final int TICKETS = 1000;

  private final Map<String, SandboxHelpdesk> sandboxes = new TreeMap<>();
  private final List<PayaraServer> servers = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (PayaraServer server : servers) {
      server.close();
    }
    for (SandboxHelpdesk sandbox : sandboxes.values()) {
      sandbox.close();
    }
  }

  @Test
  void twoMembersShareTheConnectorsAndTheSurvivorFinishesAKilledMembersSyncWithoutDuplicates()
      throws Exception {
    String pgUrl = System.getProperty("shiftlead.pg.url", "");
    assumeTrue(pgUrl.startsWith("jdbc:postgresql:"),
        "no PostgreSQL configured (-Dshiftlead.pg.url); scripts/run-tests provides one");
    String schema = "it_cluster_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    String storeUrl = pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    long seed = 7;
    for (String name : CONNECTORS) {
      // a rate limit that makes each sync last a while, so the kill lands mid-sync
      sandboxes.put(name, SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(TICKETS)
          .withSeed(seed++).withCredentials("it@shiftlead.test", TOKEN)
          .withClosedTicketsReadOnly(true).withRequestsPerMinute(100_000)));
    }
    Path dir = Path.of("target/it/cluster-" + System.nanoTime()).toAbsolutePath();
    List<Path> configs = List.of(config(dir.resolve("m1"), "member-1", storeUrl),
        config(dir.resolve("m2"), "member-2", storeUrl));

    ExecutorService starter = Executors.newFixedThreadPool(2);
    try {
      List<Future<PayaraServer>> starting = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Path config = configs.get(i);
        starting.add(starter.submit(() -> PayaraServer.start(config.getParent(), config, env())));
      }
      Exception failed = null;
      for (Future<PayaraServer> f : starting) {
        try {
          servers.add(f.get()); // those that started are stopped after the test either way
        } catch (java.util.concurrent.ExecutionException e) {
          failed = e;
        }
      }
      if (failed != null) {
        throw failed;
      }
    } finally {
      starter.shutdown();
    }

    // shared: each connector held by one member, the two by different members
    await(Duration.ofSeconds(60), () -> owners(storeUrl).values().stream().distinct().count()
        == 2);
    Map<String, Lease> shared = leases(storeUrl);
    assertThat(shared.keySet()).containsExactlyElementsOf(CONNECTORS);
    assertThat(shared.values().stream().map(Lease::owner).distinct()).hasSize(2);

    // kill -9 the member syncing alpha while alpha's sync is still running
    String victimId = shared.get("alpha").owner();
    PayaraServer victim = servers.get(victimId.equals("member-1") ? 0 : 1);
    PayaraServer survivor = servers.get(victimId.equals("member-1") ? 1 : 0);
    SandboxAssertions alpha = new SandboxAssertions(sandboxes.get("alpha"));
    long writtenBeforeKill = sandboxes.get("alpha").updatesApplied();
    victim.kill();
    Instant killedAt = Instant.now();
    servers.remove(victim);
    System.out.printf("cluster IT: killed %s after %d updates to alpha; tickets seen %d of %d%n",
        victimId, writtenBeforeKill, ticketsSeen(survivor, "alpha"), TICKETS);

    await(Duration.ofSeconds(45), () -> leases(storeUrl).get("alpha").owner()
        .equals(victimId.equals("member-1") ? "member-2" : "member-1"));
    Duration takeOver = Duration.between(killedAt, Instant.now());
    assertThat(takeOver).as("alpha moved within lease + renewal").isLessThan(Duration.ofSeconds(30));
    assertThat(leases(storeUrl).get("alpha").epoch()).isGreaterThan(shared.get("alpha").epoch());

    // end state: every ticket evaluated on both helpdesks, no note twice
    for (String name : CONNECTORS) {
      SandboxAssertions helpdesk = new SandboxAssertions(sandboxes.get(name));
      await(Duration.ofSeconds(420), () -> ticketsSeen(survivor, name) == TICKETS
          && helpdesk.everyRepliedTicketHasItsField());
      List<Long> replied = helpdesk.ticketsWithAnAgentReply();
      assertThat(replied).as("replied tickets of %s", name).hasSizeGreaterThan(100);
      List<Long> doubled = replied.stream().filter(id -> helpdesk.shiftleadNotes(id) != 1)
          .toList();
      assertThat(doubled).as("%s tickets without exactly one note", name).isEmpty();
    }
    System.out.printf("cluster IT: alpha taken over in %d s; both helpdesks complete, %d notes"
        + " on alpha, none doubled%n", takeOver.toSeconds(),
        alpha.ticketsWithAnAgentReply().size());
    assertThat(survivor.log()).doesNotContain(TOKEN);
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

  private static Map<String, String> owners(String storeUrl) throws Exception {
    Map<String, String> owners = new TreeMap<>();
    leases(storeUrl).forEach((c, l) -> owners.put(c, l.owner()));
    return owners;
  }

  private static long ticketsSeen(PayaraServer server, String connector) throws Exception {
    JsonNode status = JSON.readTree(server.get("/api/v1/status").body());
    for (JsonNode c : status.path("connectors")) {
      if (c.path("name").asText().equals(connector)) {
        return c.path("ticketsSeen").asLong();
      }
    }
    return -1;
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
        cluster:
          enabled: true
          memberId: %s
          leaseSeconds: 10
          renewSeconds: 2
        connectors:
        """.formatted(storeUrl, user, dir.resolve("rules"), dir.resolve("sla"),
        member));
    for (String name : CONNECTORS) {
      yaml.append("""
            - name: %s
              type: zendesk
              pollIntervalSeconds: 2
              settings:
                baseUrl: %s
                email: it@shiftlead.test
                apiToken: ${%s}
                requestsPerMinute: 600
                exportRequestsPerMinute: 60
                pageSize: 100
                startTime: "2026-01-01T00:00:00Z"
                customFields: first_reply_minutes:360000000101
          """.formatted(name, sandboxes.get(name).baseUrl(), TOKEN_VAR));
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
    return Map.of(TOKEN_VAR, TOKEN);
  }

  private static void await(Duration timeout, Callable<Boolean> condition) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    Exception last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        if (condition.call()) {
          return;
        }
      } catch (Exception e) {
        last = e;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("condition not met within " + timeout, last);
  }
}
