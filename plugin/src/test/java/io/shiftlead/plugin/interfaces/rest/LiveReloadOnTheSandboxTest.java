package io.shiftlead.plugin.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.infrastructure.config.ConfigLoader;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.connector.ConnectorRegistry;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadRuntime;
import io.shiftlead.plugin.infrastructure.store.JdbcLiveConfig;
import io.shiftlead.plugin.testing.Await;
import io.shiftlead.plugin.testing.SandboxAgent;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's save and reload of SLA policies and scorecards against the running server (no
 * container) syncing the sandbox helpdesk: the helpdesk's fields after the change are what is
 * asserted, without a restart.
 */
class LiveReloadOnTheSandboxTest {
  private static final String TOKEN = "live-reload-token";
  private static final String EMAIL = "live@shiftlead.test";
  private static final String GENEROUS = policy("3650d");
  private static final String STRICT = policy("1m");

  @TempDir
  Path dir;

  private SandboxHelpdesk sandbox;
  private ShiftleadRuntime runtime;
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

  private static String policy(String resolution) {
    return """
        policies:
          - name: Everyone %s
            targets:
              urgent: {resolution: %s}
              high: {resolution: %s}
              normal: {resolution: %s}
              low: {resolution: %s}
        """.formatted(resolution, resolution, resolution, resolution, resolution);
  }

  /** The server over a fresh sandbox; QA (LanguageTool: slow to warm up) only when asked. */
  private void start(boolean withQa) throws Exception {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(30)
        .withCredentials(EMAIL, TOKEN).withRequestsPerMinute(6000));
    Files.createDirectories(dir.resolve("rules"));
    Files.createDirectories(dir.resolve("sla"));
    Files.writeString(dir.resolve("sla/policies.yaml"), GENEROUS);
    Path qa = Files.createDirectories(dir.resolve("qa"));
    try (var in = getClass().getClassLoader().getResourceAsStream("qa/scorecards.yaml")) {
      Files.write(qa.resolve("scorecards.yaml"), in.readAllBytes());
    }
    String yaml = """
        store:
          url: jdbc:h2:file:%s
        rulesDirectory: %s
        slaDirectory: %s
        %s
        connectors:
          - name: sandbox
            type: zendesk
            pollIntervalSeconds: 1
            settings:
              baseUrl: %s
              email: %s
              apiToken: ${LIVE_TEST_TOKEN}
              requestsPerMinute: 6000
              exportRequestsPerMinute: 600
              pageSize: 100
              startTime: "2026-01-01T00:00:00Z"
              customFields: first_reply_minutes:%d,sla_next_due:%d,sla_state:%d,qa_score:%d,qa_result:%d
        """.formatted(dir.resolve("store/db").toAbsolutePath(), dir.resolve("rules"),
        dir.resolve("sla"), withQa ? "qaDirectory: " + qa : "", sandbox.baseUrl(), EMAIL, CustomField.FIRST_REPLY_MINUTES_ID, CustomField.SLA_NEXT_DUE_ID,
        CustomField.SLA_STATE_ID, CustomField.QA_SCORE_ID, CustomField.QA_RESULT_ID);
    ConnectorRegistry registry = new ConnectorRegistry(getClass().getClassLoader());
    ShiftleadConfig config = new ConfigLoader(registry::settings,
        Map.of("LIVE_TEST_TOKEN", TOKEN)::get).load("test", yaml);
    runtime = ShiftleadRuntime.start(config, registry, scheduler, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    if (runtime != null) {
      runtime.close();
    }
    scheduler.shutdownNow();
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private AdminApi api() {
    return new AdminApi(runtime, Clock.systemUTC(), "ops");
  }

  private List<Long> openTickets() {
    return sandbox.ticketIds().stream()
        .filter(id -> Set.of("new", "open").contains(sandbox.ticket(id).status())).toList();
  }

  private Object slaState(long id) {
    return sandbox.ticket(id).customField(CustomField.SLA_STATE_ID);
  }

  private static JsonNode json(AdminApi.Answer answer) throws Exception {
    return AdminApi.JSON.readTree(answer.json());
  }

  @Test
  void aSavedSlaPolicyChangesTheWrittenStateAndDueOfOpenTicketsWithoutARestart()
      throws Exception {
    start(false);
    List<Long> open = openTickets();
    assertThat(open).as("open tickets in the dataset").isNotEmpty();
    try {
      Await.until(Duration.ofSeconds(90), () -> open.stream().allMatch(id -> "ok".equals(slaState(id))));
    } catch (AssertionError e) {
      throw new AssertionError(open.stream().map(id -> id + "=" + slaState(id) + "/"
          + sandbox.ticket(id).status() + "/" + runtime.tickets().find("sandbox", String.valueOf(id))
          .map(t -> runtime.sla().compute(t, java.time.Instant.now()).metrics()).orElse(null))
          .toList().toString());
    }
    Object dueBefore = sandbox.ticket(open.get(0)).customField(CustomField.SLA_NEXT_DUE_ID);

    AdminApi.Answer saved = api().saveFile("sla", "policies.yaml", STRICT, false);

    assertThat(saved.status()).as(saved.json()).isEqualTo(200);
    assertThat(json(saved).path("appliedNow").asBoolean()).isTrue();
    assertThat(runtime.sla().policies().ordered()).extracting(p -> p.name())
        .containsExactly("Everyone 1m");
    // no ticket changed in the helpdesk: the re-planned scheduler re-evaluates them
    Await.until(Duration.ofSeconds(90), () -> open.stream()
        .allMatch(id -> "breached".equals(slaState(id))));
    assertThat(sandbox.ticket(open.get(0)).customField(CustomField.SLA_NEXT_DUE_ID))
        .isNotEqualTo(dueBefore);
    List<JdbcLiveConfig.Change> changes = runtime.live().store().changes("sla");
    assertThat(changes).first().satisfies(c -> {
      assertThat(c.actor()).isEqualTo("ops");
      assertThat(c.action()).isEqualTo("save");
      assertThat(c.fileName()).isEqualTo("policies.yaml");
      assertThat(c.detail()).contains("Everyone 1m");
    });
  }

  @Test
  void aBrokenSlaPolicyIsRefusedAtItsLineAndChangesNothing() throws Exception {
    start(false);
    SlaCalculator running = runtime.sla();
    String broken = GENEROUS.replace("normal: {resolution: 3650d}", "normal: {resolution: soon}");

    AdminApi.Answer saved = api().saveFile("sla", "policies.yaml", broken, false);

    assertThat(saved.status()).isEqualTo(422);
    JsonNode problem = json(saved).path("problems").get(0);
    assertThat(problem.path("file").asText()).isEqualTo("policies.yaml");
    assertThat(problem.path("line").asInt()).isEqualTo(6);
    assertThat(runtime.sla()).isSameAs(running);
    assertThat(Files.readString(dir.resolve("sla/policies.yaml"))).isEqualTo(GENEROUS);

    // the same file edited on disk and reloaded: refused with its line, nothing swapped, logged
    Files.writeString(dir.resolve("sla/policies.yaml"), broken);
    AdminApi.Answer reloaded = api().reload("sla");

    assertThat(reloaded.status()).isEqualTo(422);
    assertThat(json(reloaded).path("problems").get(0).path("line").asInt()).isEqualTo(6);
    assertThat(runtime.sla()).isSameAs(running);
    assertThat(runtime.live().store().changes("sla")).first()
        .satisfies(c -> assertThat(c.action()).isEqualTo("refused"));
  }

  @Test
  void aPolicyFileEditedOnDiskAppliesAfterAReload() throws Exception {
    start(false);
    Files.writeString(dir.resolve("sla/policies.yaml"), STRICT);

    AdminApi.Answer reloaded = api().reload("sla");

    assertThat(reloaded.status()).as(reloaded.json()).isEqualTo(200);
    assertThat(runtime.sla().policies().ordered()).extracting(p -> p.name())
        .containsExactly("Everyone 1m");
    List<Long> open = openTickets();
    Await.until(Duration.ofSeconds(90), () -> open.stream()
        .allMatch(id -> "breached".equals(slaState(id))));
  }

  @Test
  void inShadowModeASlaChangeIsRecordedButNotWrittenBack() throws Exception {
    start(false);
    List<Long> open = openTickets();
    Await.until(Duration.ofSeconds(90), () -> open.stream().allMatch(id -> "ok".equals(slaState(id))));
    assertThat(api().setShadow("sla", "{\"shadow\": true}").status()).isEqualTo(200);

    api().saveFile("sla", "policies.yaml", STRICT, false);

    String ticket = String.valueOf(open.get(0));
    Await.until(Duration.ofSeconds(90), () -> runtime.live().store().shadowDecisions("sandbox", "sla")
        .stream().anyMatch(d -> d.ticketId().equals(ticket) && d.decision().contains("breached")));
    Thread.sleep(1_500); // a few more ticks: nothing may reach the helpdesk
    assertThat(open).allMatch(id -> "ok".equals(slaState(id)));
    assertThat(json(api().shadowModes()).path("sla").asBoolean()).isTrue();
    assertThat(runtime.live().store().changes("sla")).extracting(JdbcLiveConfig.Change::action)
        .contains("shadow-on", "save");
  }

  @Test
  void aSavedScorecardChangesTheNextQaScore() throws Exception {
    start(true);
    List<Long> solved = sandbox.ticketIds().stream()
        .filter(id -> sandbox.ticket(id).status().equals("solved"))
        .filter(id -> sandbox.comments(id).stream().anyMatch(c -> SandboxAgent.isPublicStaffReply(sandbox, c))).toList();
    Await.until(Duration.ofSeconds(90), () -> solved.stream().allMatch(id ->
        sandbox.ticket(id).customField(CustomField.QA_SCORE_ID) != null));
    long ticket = solved.stream()
        .filter(id -> !"100".equals(String.valueOf(sandbox.ticket(id)
            .customField(CustomField.QA_SCORE_ID)))).findFirst().orElseThrow();
    String onlyProhibited = """
        scorecards:
          - id: strict
            passThreshold: 100
            categories:
              - id: process
                criteria:
                  - { id: prohibited_phrases, check: prohibited_phrases, critical: true }
        """;

    AdminApi.Answer saved = api().saveFile("qa", "scorecards.yaml", onlyProhibited, false);

    assertThat(saved.status()).as(saved.json()).isEqualTo(200);
    var now = runtime.qa().orElseThrow().ticket("sandbox", String.valueOf(ticket)).result();
    assertThat(now.scorecardId()).as("the QA API scores with the new scorecard").isEqualTo("strict");
    SandboxAgent.repliesAndSolves(sandbox, ticket, "Thanks, all done.");
    Await.until(Duration.ofSeconds(90), () -> "100".equals(String.valueOf(
        sandbox.ticket(ticket).customField(CustomField.QA_SCORE_ID))));
    assertThat(runtime.live().store().changes("qa")).first()
        .satisfies(c -> assertThat(c.detail()).contains("strict"));
  }

  @Test
  void aBrokenScorecardIsRefusedAtItsLineAndTheOldOneKeepsScoring() throws Exception {
    start(true);
    String before = Files.readString(dir.resolve("qa/scorecards.yaml"));
    AdminApi.Answer saved = api().saveFile("qa", "scorecards.yaml", """
        scorecards:
          - id: x
            categories:
              - id: c
                criteria:
                  - { id: g, check: greting }
        """, false);

    assertThat(saved.status()).isEqualTo(422);
    assertThat(json(saved).path("problems").get(0).path("line").asInt()).isEqualTo(6);
    assertThat(Files.readString(dir.resolve("qa/scorecards.yaml"))).isEqualTo(before);
    long solved = sandbox.ticketIds().stream()
        .filter(id -> sandbox.ticket(id).status().equals("solved")).findFirst().orElseThrow();
    Await.until(Duration.ofSeconds(90), () -> runtime.tickets().find("sandbox",
        String.valueOf(solved)).isPresent());
    assertThat(runtime.qa().orElseThrow().ticket("sandbox", String.valueOf(solved)).result()
        .scorecardId()).isEqualTo("demo");
  }
}
