package io.shiftlead.plugin.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.plugin.testing.Await;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real WAR on a real Payara Micro, syncing the sandbox helpdesk through the real Zendesk
 * connector; every assertion is on what the helpdesk holds afterwards.
 */
class PluginOnPayaraIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN_VAR = "SHIFTLEAD_IT_ZENDESK_TOKEN";
  private static final String SECRET_VAR = "SHIFTLEAD_IT_WEBHOOK_SECRET";
  /** Test secrets start with sl-test-secret- so that scripts/check-secrets-in-logs finds them. */
  private static final String TOKEN = "sl-test-secret-IT-zendesk-token-" + System.nanoTime();

  private SandboxHelpdesk sandbox;
  private PayaraServer server;
  /** Top-level YAML added to the test configuration (QA is off unless a test turns it on). */
  private String extraConfig = "";

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private Path config(Path dir, int pageSize, int requestsPerMinute) throws Exception {
    return config(dir, pageSize, requestsPerMinute, 2);
  }

  private Path config(Path dir, int pageSize, int requestsPerMinute, int pollSeconds)
      throws Exception {
    Files.createDirectories(dir);
    Path file = dir.resolve("shiftlead.yaml");
    Files.writeString(file, """
        store:
          url: jdbc:h2:file:%s
        rulesDirectory: %s
        slaDirectory: %s
        connectors:
          - name: sandbox
            type: zendesk
            pollIntervalSeconds: %d
            settings:
              baseUrl: %s
              email: %s
              apiToken: ${%s}
              webhookSecret: ${%s}
              requestsPerMinute: %d
              exportRequestsPerMinute: 600
              pageSize: %d
              startTime: "2026-01-01T00:00:00Z"
              customFields: first_reply_minutes:360000000101,qa_score:360000000106,qa_result:360000000107,sla_next_due:360000000104,sla_state:360000000105
        %s""".formatted(dir.resolve("store/shiftlead").toAbsolutePath(), rules(dir), sla(dir),
        pollSeconds,
        sandbox.baseUrl(),
        sandbox.options().email(), TOKEN_VAR, SECRET_VAR, requestsPerMinute, pageSize,
        extraConfig));
    return file;
  }

  /** One shared rule: refunds get a tag and high priority (and the Zendesk connector one PUT). */
  private static Path rules(Path dir) throws java.io.IOException {
    Path rules = dir.toAbsolutePath().resolve("rules");
    Files.createDirectories(rules);
    Files.writeString(rules.resolve("shared.yaml"), """
        version: "it-1"
        rules:
          - id: refund-priority
            description: Refund requests are high priority
            order: 10
            when:
              all:
                - {field: subject, operator: any_of_words, value: [refund]}
                - {field: status, operator: in, value: [new, open, pending]}
            then:
              - set_priority: high
              - add_tags: [refund-request]
        """);
    return rules;
  }

  /**
   * One calendar-hours policy for every ticket, the same targets for every priority: the refund
   * rule raises priorities, and a stricter target would breach those tickets again later, which
   * posts a second (SLA) note and is not what the one-note assertions here are about.
   */
  private static Path sla(Path dir) throws java.io.IOException {
    Path sla = dir.toAbsolutePath().resolve("sla");
    Files.createDirectories(sla);
    Files.writeString(sla.resolve("policies.yaml"), """
        policies:
          - name: Everyone
            order: 1
            targets:
              urgent: {first_reply: 8h calendar, resolution: 3d calendar}
              high: {first_reply: 8h calendar, resolution: 3d calendar}
              normal: {first_reply: 8h calendar, resolution: 3d calendar}
              low: {first_reply: 8h calendar, resolution: 3d calendar}
        """);
    return sla;
  }

  private static Map<String, String> env() {
    return Map.of(TOKEN_VAR, TOKEN, SECRET_VAR, "sl-test-secret-IT-webhook");
  }

  private JsonNode connectorStatus() throws Exception {
    JsonNode status = JSON.readTree(server.get("/api/v1/status").body());
    return status.path("connectors").get(0);
  }

  @Test
  void syncsEverySandboxTicketAndWritesTheFieldAndOneNoteBack() throws Exception {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(300)
        .withCredentials("it@shiftlead.test", TOKEN).withClosedTicketsReadOnly(true).withRequestsPerMinute(3000));
    Path dir = Path.of("target/it/sync-" + System.nanoTime());
    // a long poll interval: after the first sync only webhooks bring changes in quickly
    server = PayaraServer.start(dir, config(dir, 100, 2400, 600), env());
    SandboxAssertions helpdesk = new SandboxAssertions(sandbox);

    assertThat(server.get("/health/ready").body()).contains("UP");
    // surveys are pulled after the tickets, in the same sync
    await(Duration.ofSeconds(120), () -> connectorStatus().path("ticketsSeen").asInt()
        == sandbox.ticketIds().size() && helpdesk.everyRepliedTicketHasItsField()
        && connectorStatus().path("surveysSeen").asInt() > 0);

    JsonNode status = connectorStatus();
    assertThat(status.path("cursor").asText()).isNotEmpty();
    assertThat(status.path("updatesApplied").asInt()).isGreaterThan(0);
    assertThat(status.path("surveysSeen").asInt()).as("CSAT ratings pulled").isGreaterThan(0);
    assertThat(status.path("lastError").isMissingNode() || status.path("lastError").isNull()).isTrue();
    List<Long> replied = helpdesk.ticketsWithAnAgentReply();
    assertThat(replied).hasSizeGreaterThan(100);
    // the rule's note once per ticket; SLA breach notes are separate notes of their own
    replied.forEach(id -> assertThat(helpdesk.notesOtherThanSla(id)).as("notes on %d", id).isOne());
    sandbox.ticketIds().forEach(id ->
        assertThat(helpdesk.notesPostedTwice(id)).as("notes posted twice on %d", id).isEmpty());
    List<Long> refunds = sandbox.ticketIds().stream()
        .filter(id -> List.of("new", "open", "pending").contains(sandbox.ticket(id).status()))
        .filter(id -> sandbox.ticket(id).subject().toLowerCase().matches(".*\\brefund\\b.*"))
        .toList();
    assertThat(refunds).as("open refund tickets in the dataset").isNotEmpty();
    refunds.forEach(id -> {
      assertThat(sandbox.ticket(id).tags()).as("tags of %d", id).contains("refund-request");
      assertThat(sandbox.ticket(id).priority()).as("priority of %d", id).isEqualTo("high");
    });
    assertThat(server.get("/api/v1/connectors/sandbox/tickets/" + refunds.get(0) + "/decisions")
        .body()).contains("rule refund-priority");
    String audit = server.get("/api/v1/connectors/sandbox/tickets/" + replied.get(0)
        + "/decisions").body();
    assertThat(audit).contains("APPLIED").contains("first public agent reply");
    assertThat(server.log()).doesNotContain(TOKEN);
  }

  @Test
  void slaStatesAreWrittenToTheSandboxAndABreachIsNotedOnceAcrossARestart() throws Exception {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(120)
        .withCredentials("it@shiftlead.test", TOKEN).withClosedTicketsReadOnly(true)
        .withRequestsPerMinute(3000));
    Path dir = Path.of("target/it/sla-" + System.nanoTime());
    Path config = config(dir, 100, 2400, 2);
    SandboxAssertions helpdesk = new SandboxAssertions(sandbox);
    server = PayaraServer.start(dir, config, env());

    await(Duration.ofSeconds(120), () -> connectorStatus().path("ticketsSeen").asInt()
        == sandbox.ticketIds().size() && helpdesk.everyWritableTicketHasAnSlaState());
    List<Long> breached = helpdesk.writableTickets().stream()
        .filter(id -> "breached".equals(helpdesk.slaState(id))).toList();
    assertThat(breached).as("breached tickets (the dataset lies weeks back)").isNotEmpty();
    // one note per update: a breach note may follow the rule's note on the next pass
    await(Duration.ofSeconds(60), () -> breached.stream()
        .allMatch(id -> helpdesk.slaBreachNotes(id) > 0));
    helpdesk.writableTickets().forEach(id -> assertThat(helpdesk.breachLinesNotedTwice(id))
        .as("breaches noted twice on %d: %s", id, helpdesk.slaNotes(id)).isEmpty());
    assertThat(helpdesk.writableTickets()).allSatisfy(id ->
        assertThat(String.valueOf(helpdesk.slaDue(id))).matches("none|\\d{4}-.*Z"));
    Map<Long, Long> notesBeforeRestart = awaitStableNotes(helpdesk);

    server.close();
    server = PayaraServer.start(dir, config, env());
    long pagesBefore = connectorStatus().path("pagesPulled").asLong();
    await(Duration.ofSeconds(60), () -> connectorStatus().path("pagesPulled").asLong()
        > pagesBefore + 1);

    assertThat(awaitStableNotes(helpdesk)).as("notes after the restart")
        .isEqualTo(notesBeforeRestart);
    assertThat(server.log()).contains("SLA scheduler tracks");
  }

  @Test
  void aSignedWebhookBringsTheTicketInAtOnceAndForgedOrReplayedOnesAreRefused() throws Exception {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(50)
        .withCredentials("it@shiftlead.test", TOKEN));
    Path dir = Path.of("target/it/webhook-" + System.nanoTime());
    server = PayaraServer.start(dir, config(dir, 100, 2400, 600), env());
    await(Duration.ofSeconds(60), () -> connectorStatus().path("ticketsSeen").asInt() == 50);
    long ticketId = new SandboxAssertions(sandbox).ticketsWithAnAgentReply().get(0);
    sandbox.touch(ticketId, "Any news on this? (sent after the first sync)");
    SignedWebhooks zendesk = new SignedWebhooks("sl-test-secret-IT-webhook");
    String body = SignedWebhooks.commentAdded(ticketId, "01HZX" + ticketId);
    String path = "/api/v1/webhooks/sandbox";

    var accepted = server.post(path, zendesk.headers(body, Instant.now(), "inv-1"), body);
    assertThat(accepted.statusCode()).isEqualTo(202);
    assertThat(accepted.body()).contains("\"queued\":1");
    await(Duration.ofSeconds(20), () -> server.get("/api/v1/connectors/sandbox/tickets/" + ticketId)
        .body().contains("sent after the first sync"));

    String sla = server.get("/api/v1/tickets/sandbox/" + ticketId + "/sla").body();
    assertThat(sla).contains("\"policy\":\"Everyone\"").contains("first_reply")
        .contains("\"state\"");
    assertThat(server.get("/api/v1/tickets/sandbox/999999/sla").statusCode()).isEqualTo(404);

    var replayed = server.post(path, zendesk.headers(body, Instant.now(), "inv-1"), body);
    assertThat(replayed.statusCode()).isEqualTo(202);
    assertThat(replayed.body()).contains("\"duplicate\":true");
    var forged = server.post(path, new SignedWebhooks("guessed").headers(body, Instant.now(),
        "inv-2"), body);
    assertThat(forged.statusCode()).isEqualTo(401);
    var stale = server.post(path, zendesk.headers(body, Instant.now().minusSeconds(3600),
        "inv-3"), body);
    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(stale.body()).contains("replay window");
    var unsigned = server.post(path, Map.of(), body);
    assertThat(unsigned.statusCode()).isEqualTo(401);
    var notJson = server.post(path, zendesk.headers("{nope", Instant.now(), "inv-4"), "{nope");
    assertThat(notJson.statusCode()).isEqualTo(400);
    String huge = "{\"ticket_id\":\"1\",\"pad\":\"" + "x".repeat(1_100_000) + "\"}";
    assertThat(server.post(path, zendesk.headers(huge, Instant.now(), "inv-5"), huge)
        .statusCode()).isEqualTo(413);
    assertThat(server.post("/api/v1/webhooks/nobody", Map.of(), body).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theDemoConfigurationSyncsItsBuiltInSandboxAndWritesBackWithinAMinute() throws Exception {
    int sandboxPort = PayaraServer.freePort();
    Path dir = Path.of("target/it/demo-" + System.nanoTime());
    server = PayaraServer.start(dir, null, Map.of("SHIFTLEAD_SANDBOX_PORT", "" + sandboxPort));

    await(Duration.ofSeconds(60), () -> connectorStatus().path("ticketsSeen").asInt() == 500
        && connectorStatus().path("notesPosted").asInt() > 100);

    var http = java.net.http.HttpClient.newHttpClient();
    String summary = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
        "http://127.0.0.1:" + sandboxPort + "/sandbox")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    JsonNode sandboxState = JSON.readTree(summary);
    assertThat(sandboxState.path("updates_applied").asInt()).isGreaterThan(100);
    assertThat(Files.exists(dir.toAbsolutePath().resolve("shiftlead-data"))).isTrue();
    // the built-in SLA policy: states written back and pulled again into the store
    await(Duration.ofSeconds(60), () -> java.util.stream.IntStream.range(1000, 1060)
        .mapToObj(id -> {
          try {
            return server.get("/api/v1/connectors/sandbox/tickets/" + id).body();
          } catch (Exception e) {
            return "";
          }
        }).anyMatch(body -> body.contains("\"sla_state\"") && body.contains("\"sla_next_due\"")));

    // a single server (--nocluster): Payara's lone Hazelcast member is a grid of one, this
    // server holds every connector; the metrics page answers
    JsonNode cluster = JSON.readTree(server.get("/api/v1/status").body()).path("cluster");
    assertThat(cluster.path("enabled").asBoolean()).isFalse();
    assertThat(cluster.path("leasesHeld").toString()).isEqualTo("[\"sandbox\"]");
    JsonNode members = cluster.path("grid").path("members");
    assertThat(members.size()).isEqualTo(1);
    assertThat(members.get(0).path("self").asBoolean()).isTrue();
    var metrics = server.get("/api/v1/status/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("shiftlead_tickets_stored{connector=\"sandbox\"} 500\n",
        "shiftlead_lease_held{connector=\"sandbox\"} 1\n", "shiftlead_cluster_members 1\n",
        "shiftlead_grid_members 1\n");
  }

  @Test
  void solvedTicketsGetTheirQaFieldsAndOneQaNoteAndTheQaApiAnswers() throws Exception {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(60)
        .withCredentials("it@shiftlead.test", TOKEN));
    Path dir = Path.of("target/it/qa-" + System.nanoTime());
    extraConfig = "qaDirectory: classpath:qa\n";
    server = PayaraServer.start(dir, config(dir, 100, 2400, 2), env());
    SandboxAssertions helpdesk = new SandboxAssertions(sandbox);
    List<Long> solved = helpdesk.ticketsWithAnAgentReply().stream()
        .filter(id -> sandbox.ticket(id).status().equals("solved")).toList();
    assertThat(solved).isNotEmpty();

    // 150 s: the first spelling check loads LanguageTool (10-20 s here, lazily, after readiness)
    await(Duration.ofSeconds(150), () -> solved.stream().allMatch(id ->
        helpdesk.qaResultField(id) != null && helpdesk.qaNotes(id) == 1));

    long ticket = solved.get(0);
    JsonNode qa = JSON.readTree(server.get("/api/v1/tickets/sandbox/" + ticket + "/qa").body());
    assertThat(qa.path("scorecard").asText()).isEqualTo("demo");
    assertThat(Math.round(qa.path("score").asDouble()))
        .isEqualTo(Long.parseLong(String.valueOf(helpdesk.qaScoreField(ticket))));
    // the WAR ships LanguageTool (ADR 0009): the English ticket gets a real spelling result
    JsonNode spelling = null;
    for (JsonNode check : qa.path("checks")) {
      if (check.path("id").asText().equals("spelling_grammar")) {
        spelling = check;
      }
    }
    assertThat(spelling).isNotNull();
    assertThat(spelling.path("result").asText()).isIn("pass", "fail");
    assertThat(spelling.path("evidence").asText()).isNotBlank()
        .doesNotContain("not installed");
    String path = "/api/v1/tickets/sandbox/" + ticket + "/qa/reviews";
    assertThat(server.post(path, Map.of(), "{\"criterion\":\"correct_answer\",\"rating\":4,"
        + "\"reviewer\":\"maria\"}").statusCode()).isEqualTo(201);
    var bad = server.post(path, Map.of(), "{\"criterion\":\"tone\",\"rating\":4,"
        + "\"reviewer\":\"maria\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("is pass_fail");
    assertThat(server.get("/api/v1/reports/qa/coaching?connector=sandbox").body())
        .contains("\"agents\"");
    assertThat(server.get("/api/v1/reports/qa/calibration").statusCode()).isEqualTo(400);
  }

  @Test
  void anInvalidConfigurationStopsStartUpNamingTheKey() throws Exception {
    Path dir = Path.of("target/it/badconfig-" + System.nanoTime()).toAbsolutePath();
    Files.createDirectories(dir);
    Path config = dir.resolve("shiftlead.yaml");
    Files.writeString(config, """
        connectors:
          - name: acme
            type: zendesk
            settings:
              baseUrl: https://acme.zendesk.com
              apiToken: written-inline-by-mistake
        """);
    PayaraServer.StartFailure failure = PayaraServer.expectStartFailure(dir, config, Map.of());

    assertThat(failure.exitCode()).isEqualTo(78);
    assertThat(failure.log())
        .contains("connectors[0].settings.email: required")
        .contains("connectors[0].settings.apiToken: a secret must reference an environment variable")
        .doesNotContain("written-inline-by-mistake");
  }

  @Test
  void killedMidSyncItFinishesAfterRestartWithNoTicketMissedAndNoNoteDoubled() throws Exception {
    // a slow helpdesk, so the kill lands in the middle of the write-backs
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(400)
        .withCredentials("it@shiftlead.test", TOKEN).withClosedTicketsReadOnly(true).withRequestsPerMinute(900));
    Path dir = Path.of("target/it/kill-" + System.nanoTime());
    Path config = config(dir, 50, 600);
    SandboxAssertions helpdesk = new SandboxAssertions(sandbox);

    server = PayaraServer.start(dir, config, env());
    await(Duration.ofSeconds(120), () -> sandbox.updatesApplied() >= 60);
    server.kill();
    long writtenBeforeKill = helpdesk.ticketsWithAnAgentReply().stream()
        .filter(id -> helpdesk.firstReplyField(id) != null).count();
    assertThat(helpdesk.everyRepliedTicketHasItsField()).as("killed mid-sync").isFalse();

    server = PayaraServer.start(dir, config, env());
    await(Duration.ofSeconds(180), () -> connectorStatus().path("ticketsSeen").asInt()
        == sandbox.ticketIds().size() && helpdesk.everyRepliedTicketHasItsField());

    assertThat(writtenBeforeKill).isGreaterThan(0);
    helpdesk.ticketsWithAnAgentReply().forEach(id ->
        assertThat(helpdesk.notesOtherThanSla(id)).as("notes on ticket %d", id).isOne());
    sandbox.ticketIds().forEach(id ->
        assertThat(helpdesk.notesPostedTwice(id)).as("notes posted twice on %d", id).isEmpty());
  }

  /** Waits until no note was added for a few seconds; returns the notes per ticket. */
  private static Map<Long, Long> awaitStableNotes(SandboxAssertions helpdesk) throws Exception {
    Map<Long, Long> last = helpdesk.shiftleadNotesPerTicket();
    for (int i = 0; i < 30; i++) {
      Thread.sleep(3000);
      Map<Long, Long> now = helpdesk.shiftleadNotesPerTicket();
      if (now.equals(last)) {
        return now;
      }
      last = now;
    }
    throw new AssertionError("notes still being added after 90 s");
  }

  private static void await(Duration limit, java.util.concurrent.Callable<Boolean> condition)
      throws Exception {
    Await.until(limit, Duration.ofMillis(500), condition);
  }
}
