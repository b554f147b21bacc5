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
}
