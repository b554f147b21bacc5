package io.shiftlead.plugin.interfaces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
  @TempDir
  Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int replay(String... args) {
    return ShiftleadCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesOneLinePerGoodTicketReportsBadLinesAndSaysSoInTheExitCode() throws Exception {
    Path tickets = dir.resolve("tickets.jsonl");
    Files.write(tickets, List.of(
        "{\"id\":\"7\",\"status\":\"open\",\"createdAt\":\"2026-03-02T09:00:00Z\",\"comments\":["
            + "{\"id\":\"c1\",\"author\":{\"id\":\"u\",\"role\":\"customer\"},\"public\":true,"
            + "\"createdAt\":\"2026-03-02T09:00:00Z\",\"body\":\"help\"},"
            + "{\"id\":\"c2\",\"author\":{\"id\":\"a\",\"role\":\"agent\"},\"public\":true,"
            + "\"createdAt\":\"2026-03-02T09:46:00Z\",\"body\":\"hi\"}]}",
        "{\"id\":\"8\",\"status\":\"open\"}"));
    Path output = dir.resolve("out.jsonl");

    int exit = replay("replay", "--tickets", tickets.toString(), "--config", dir.toString(),
        "--at", "2026-03-03T00:00:00Z", "--out", output.toString());

    assertThat(exit).isEqualTo(1);
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(1);
    JsonNode line = new ObjectMapper().readTree(lines.get(0));
    assertThat(line.path("id").asText()).isEqualTo("7");
    assertThat(line.path("actions").get(0).path("type").asText()).isEqualTo("set_field");
    assertThat(line.path("actions").get(0).path("value").path("value").asInt()).isEqualTo(46);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("line 2: missing required field 'createdAt' (skipped)");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("1 tickets replayed").contains("1 bad lines skipped");
  }

  @Test
  void replaysTheGeneratedDatasetWithTheDocumentedExampleRules() throws Exception {
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules);
    Path examples = Path.of(System.getProperty("user.dir")).resolve("../docs/examples/rules");
    Files.copy(examples.resolve("roster.yaml"), rules.resolve("roster.yaml"));
    Files.copy(examples.resolve("routing.yaml"), rules.resolve("shared.yaml"));
    Path sla = Files.createDirectories(rules.resolve("sla"));
    Path slaExamples = examples.resolveSibling("sla");
    Files.copy(slaExamples.resolve("calendars.yaml"), sla.resolve("calendars.yaml"));
    Files.copy(slaExamples.resolve("policies.yaml"), sla.resolve("policies.yaml"));
    Path tickets = dir.resolve("sample.jsonl");
    try (var in = getClass().getClassLoader()
        .getResourceAsStream("fixtures/interchange/sample-20.jsonl")) {
      Files.copy(in, tickets);
    }
    Path output = dir.resolve("out.jsonl");

    int exit = replay("replay", "--tickets", tickets.toString(), "--config", rules.toString(),
        "--at", "2026-11-01T00:00:00Z", "--out", output.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(20);
    ObjectMapper json = new ObjectMapper();
    long assigned = 0;
    long slaMetrics = 0;
    for (String line : lines) {
      for (JsonNode metric : json.readTree(line).path("sla")) {
        assertThat(metric.path("state").asText())
            .isIn("ok", "at_risk", "breached", "achieved", "paused");
        assertThat(metric.has("dueAt") && metric.has("remainingMinutes")).isTrue();
        slaMetrics++;
      }
      for (JsonNode action : json.readTree(line).path("actions")) {
        assertThat(action.path("rule").asText()).isNotBlank();
        assertThat(action.path("reasons").isArray()).isTrue();
        if (action.path("type").asText().equals("assign_agent")) {
          assigned++;
        }
      }
    }
    assertThat(assigned).isPositive();
    assertThat(slaMetrics).isPositive();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("20 tickets replayed")
        .contains("tickets per agent assigned:");
  }

  @Test
  void aRuleFileWithProblemsIsAConfigurationErrorListingThem() throws Exception {
    Files.writeString(dir.resolve("shared.yaml"), "version: \"1\"\nrules:\n  - id: x\n"
        + "    when: {field: colour, operator: is, value: red}\n    then: [{add_tags: [a]}]\n");
    Path tickets = dir.resolve("t.jsonl");
    Files.writeString(tickets, "");

    int exit = replay("replay", "--tickets", tickets.toString(), "--config", dir.toString(),
        "--out", dir.resolve("o.jsonl").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("shared.yaml:4");
  }

  @Test
  void aMissingOptionIsAUsageError() {
    assertThat(replay("replay", "--tickets", "x.jsonl")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --config");
  }

  private Path conversationTicket() throws Exception {
    Path tickets = dir.resolve("conversation.jsonl");
    Files.write(tickets, List.of(
        "{\"id\":\"9\",\"status\":\"solved\",\"createdAt\":\"2026-03-02T09:00:00Z\","
            + "\"requester\":{\"id\":\"u\",\"name\":\"Emma Clarke\",\"role\":\"customer\"},"
            + "\"comments\":["
            + "{\"id\":\"c1\",\"author\":{\"id\":\"u\",\"role\":\"customer\"},\"public\":true,"
            + "\"createdAt\":\"2026-03-02T09:00:00Z\",\"body\":\"My invoice is wrong.\"},"
            + "{\"id\":\"c2\",\"author\":{\"id\":\"a\",\"role\":\"agent\"},\"public\":true,"
            + "\"createdAt\":\"2026-03-02T09:20:00Z\",\"body\":\"Hi Emma,\\nI have corrected the"
            + " invoice. Anything else?\\nBest regards\"},"
            + "{\"id\":\"c3\",\"author\":{\"id\":\"u\",\"role\":\"customer\"},\"public\":true,"
            + "\"createdAt\":\"2026-03-02T09:30:00Z\",\"body\":\"And the old one?\"},"
            + "{\"id\":\"c4\",\"author\":{\"id\":\"a\",\"role\":\"agent\"},\"public\":true,"
            + "\"createdAt\":\"2026-03-02T09:40:00Z\",\"body\":\"Calm down.\"}]}"));
    Path qa = Files.createDirectories(dir.resolve("config/qa"));
    Files.writeString(qa.resolve("scorecards.yaml"), """
        scorecards:
          - id: support
            categories:
              - id: communication
                criteria:
                  - { id: greeting, check: greeting }
                  - { id: prohibited_phrases, check: prohibited_phrases, critical: true }
        """);
    return tickets;
  }

  @Test
  void withAQaFolderEachLineCarriesTheConversationsScoreAndChecks() throws Exception {
    Path tickets = conversationTicket();
    Path output = dir.resolve("qa.jsonl");

    int exit = replay("replay", "--tickets", tickets.toString(), "--config",
        dir.resolve("config").toString(), "--at", "2026-03-03T00:00:00Z", "--out",
        output.toString());

    assertThat(exit).isZero();
    JsonNode qa = new ObjectMapper().readTree(Files.readAllLines(output).get(0)).path("qa");
    assertThat(qa.path("scorecard").asText()).isEqualTo("support");
    assertThat(qa.path("score").asDouble()).isZero();
    assertThat(qa.path("autoFail").asBoolean()).isTrue();
    assertThat(qa.path("checks")).extracting(c -> c.path("id").asText() + ":"
        + c.path("result").asText()).containsExactly("greeting:pass", "prohibited_phrases:fail");
    assertThat(qa.path("checks").get(1).path("evidence").asText()).contains("prohibited phrase \"Calm down\"");
    assertThat(qa.path("checks").get(1).path("confidence").isNumber()).isTrue();
  }

  @Test
  void perReplyGradesEachAgentReplyOnItsOwn() throws Exception {
    Path tickets = conversationTicket();
    Path output = dir.resolve("qa.jsonl");

    int exit = replay("replay", "--tickets", tickets.toString(), "--config",
        dir.resolve("config").toString(), "--per-reply", "--at", "2026-03-03T00:00:00Z",
        "--out", output.toString());

    assertThat(exit).isZero();
    JsonNode perReply = new ObjectMapper().readTree(Files.readAllLines(output).get(0))
        .path("qaPerReply");
    assertThat(perReply).hasSize(2);
    assertThat(perReply.get(0).path("replyId").asText()).isEqualTo("c2");
    assertThat(perReply.get(0).path("score").asDouble()).isEqualTo(100.0);
    assertThat(perReply.get(1).path("replyId").asText()).isEqualTo("c4");
    assertThat(perReply.get(1).path("autoFail").asBoolean()).isTrue();
    assertThat(perReply.get(1).path("checks").get(0).path("result").asText()).isEqualTo("na");
  }

  @Test
  void withoutAQaFolderTheLineHasNoQaKeyAndABadScorecardIsAConfigurationError()
      throws Exception {
    Path tickets = conversationTicket();
    Path output = dir.resolve("out.jsonl");
    replay("replay", "--tickets", tickets.toString(), "--config", dir.toString(), "--out",
        output.toString());
    assertThat(new ObjectMapper().readTree(Files.readAllLines(output).get(0)).has("qa")).isFalse();

    Files.writeString(dir.resolve("config/qa/scorecards.yaml"), "scorecards:\n  - id: x\n"
        + "    categories:\n      - id: c\n        criteria:\n          - { id: g, check: greting }\n");
    int exit = replay("replay", "--tickets", tickets.toString(), "--config",
        dir.resolve("config").toString(), "--out", output.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("scorecards.yaml:6")
        .contains("did you mean 'greeting'");
  }
}
