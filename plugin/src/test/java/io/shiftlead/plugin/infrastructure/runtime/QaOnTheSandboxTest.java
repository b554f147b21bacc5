package io.shiftlead.plugin.infrastructure.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.application.qa.QaService;
import io.shiftlead.plugin.infrastructure.config.ConfigLoader;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.connector.ConnectorRegistry;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's runtime (no container) syncing the sandbox helpdesk through the real Zendesk
 * connector with the demo scorecard: what the helpdesk holds afterwards is what is asserted.
 */
class QaOnTheSandboxTest {
  private static final String TOKEN = "qa-test-token";
  private static final String EMAIL = "qa@shiftlead.test";

  @TempDir
  Path dir;

  private SandboxHelpdesk sandbox;
  private ShiftleadRuntime runtime;
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

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

  private ShiftleadRuntime start() throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    String yaml = """
        store:
          url: jdbc:h2:file:%s
        rulesDirectory: %s
        slaDirectory: %s
        qaDirectory: classpath:qa
        connectors:
          - name: sandbox
            type: zendesk
            pollIntervalSeconds: 1
            settings:
              baseUrl: %s
              email: %s
              apiToken: ${QA_TEST_TOKEN}
              requestsPerMinute: 6000
              exportRequestsPerMinute: 600
              pageSize: 100
              startTime: "2026-01-01T00:00:00Z"
              customFields: first_reply_minutes:%d,qa_score:%d,qa_result:%d
        """.formatted(dir.resolve("store/db").toAbsolutePath(), dir.resolve("rules"),
        dir.resolve("sla"), sandbox.baseUrl(), EMAIL, CustomField.FIRST_REPLY_MINUTES_ID,
        CustomField.QA_SCORE_ID, CustomField.QA_RESULT_ID);
    ConnectorRegistry registry = new ConnectorRegistry(getClass().getClassLoader());
    ShiftleadConfig config = new ConfigLoader(registry::settings,
        Map.of("QA_TEST_TOKEN", TOKEN)::get).load("test", yaml);
    return ShiftleadRuntime.start(config, registry, scheduler, Clock.systemUTC());
  }

  private List<Long> solvedWithAnAgentReply() {
    return sandbox.ticketIds().stream()
        .filter(id -> sandbox.ticket(id).status().equals("solved"))
        .filter(id -> sandbox.comments(id).stream().anyMatch(c -> SandboxAgent.isPublicStaffReply(sandbox, c)))
        .toList();
  }

  private long qaNotes(long ticketId) {
    return sandbox.comments(ticketId).stream()
        .filter(c -> !c.isPublic() && c.body().contains("[shiftlead:qa.ticket." + ticketId + "]"))
        .count();
  }

  @Test
  void solvedTicketsGetQaFieldsAndOneNoteWhichAReScoreAfterANewReplyDoesNotRepeat()
      throws Exception {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(60)
        .withCredentials(EMAIL, TOKEN).withRequestsPerMinute(6000));
    runtime = start();
    List<Long> solved = solvedWithAnAgentReply();
    assertThat(solved).as("solved tickets with a reply in the dataset").isNotEmpty();

    Await.until(Duration.ofSeconds(90), () -> solved.stream().allMatch(id ->
        sandbox.ticket(id).customField(CustomField.QA_RESULT_ID) != null && qaNotes(id) == 1));
    solved.forEach(id -> {
      assertThat(qaNotes(id)).as("QA notes on %d", id).isOne();
      assertThat(sandbox.ticket(id).customField(CustomField.QA_RESULT_ID)).isIn("pass", "fail");
    });
    QaService qa = runtime.qa().orElseThrow();
    long ticket = solved.get(0);
    Object scoreBefore = sandbox.ticket(ticket).customField(CustomField.QA_SCORE_ID);
    assertThat(Math.round(qa.ticket("sandbox", String.valueOf(ticket)).result().score()))
        .as("the field carries the rounded score the API shows")
        .isEqualTo(Long.parseLong(String.valueOf(scoreBefore)));

    // a new reply with a prohibited (critical) phrase: the ticket is scored again, auto-fail
    SandboxAgent.repliesAndSolves(sandbox, ticket, "Calm down, this is your fault. Bye");
    Await.until(Duration.ofSeconds(60), () -> "fail".equals(
        sandbox.ticket(ticket).customField(CustomField.QA_RESULT_ID))
        && "0".equals(String.valueOf(sandbox.ticket(ticket).customField(CustomField.QA_SCORE_ID))));
    Thread.sleep(2_500); // a few more polls: nothing else may arrive

    assertThat(qaNotes(ticket)).as("still one QA note after the re-score").isOne();
    var now = qa.ticket("sandbox", String.valueOf(ticket)).result();
    assertThat(now.autoFail()).isTrue();
    assertThat(now.score()).isZero();
  }

  @Test
  void aScorecardWithAProblemStopsStartUpNamingFileLineAndFix() throws Exception {
    Path qa = Files.createDirectories(dir.resolve("qa"));
    Files.writeString(qa.resolve("scorecards.yaml"), """
        scorecards:
          - id: x
            categories:
              - id: c
                criteria:
                  - { id: g, check: greting }
        """);
    ConnectorRegistry registry = new ConnectorRegistry(getClass().getClassLoader());
    ShiftleadConfig config = new ConfigLoader(registry::settings, Map.<String, String>of()::get)
        .load("test", """
            store:
              url: jdbc:h2:mem:qa-bad
            rulesDirectory: %s
            slaDirectory: %s
            qaDirectory: %s
            """.formatted(dir.resolve("rules"), dir.resolve("sla"), qa));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShiftleadRuntime.start(config,
            registry, scheduler, Clock.systemUTC()))
        .isInstanceOf(io.shiftlead.plugin.infrastructure.config.ConfigException.class)
        .hasMessageContaining("scorecards.yaml:6")
        .hasMessageContaining("did you mean 'greeting'");
  }
}
