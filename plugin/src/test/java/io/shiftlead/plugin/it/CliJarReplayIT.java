package io.shiftlead.plugin.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI jar ({@code java -jar shiftlead-cli.jar replay}) runs the LanguageTool
 * spelling/grammar check itself: no extra classpath (ADR 0009).
 */
class CliJarReplayIT {
  @TempDir
  Path dir;

  @Test
  void replayWithTheCliJarGivesARealSpellingResultForAnEnglishReplyWithMisspellings()
      throws Exception {
    Path tickets = dir.resolve("tickets.jsonl");
    Files.write(tickets, List.of(
        "{\"id\":\"7\",\"status\":\"solved\",\"createdAt\":\"2026-03-02T09:00:00Z\","
            + "\"requester\":{\"id\":\"u\",\"name\":\"Emma Clarke\",\"role\":\"customer\","
            + "\"locale\":\"en-GB\"},\"comments\":["
            + "{\"id\":\"c1\",\"author\":{\"id\":\"u\",\"role\":\"customer\"},\"public\":true,"
            + "\"createdAt\":\"2026-03-02T09:00:00Z\",\"body\":\"My invoice is wrong.\"},"
            + "{\"id\":\"c2\",\"author\":{\"id\":\"a\",\"role\":\"agent\"},\"public\":true,"
            + "\"createdAt\":\"2026-03-02T09:20:00Z\",\"body\":\"Hi Emma,\\nI have recieved your"
            + " mesage and corected the invoise. Anything else?\\nBest regards\"}]}"));
    Path qa = Files.createDirectories(dir.resolve("config/qa"));
    Files.writeString(qa.resolve("scorecards.yaml"), """
        scorecards:
          - id: support
            categories:
              - id: communication
                criteria:
                  - { id: spelling_grammar, check: spelling_grammar }
        """);
    Path output = dir.resolve("out.jsonl");
    Path log = dir.resolve("cli.log");

    Process cli = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-jar", System.getProperty("shiftlead.cliJar"),
        "replay", "--tickets", tickets.toString(), "--config", dir.resolve("config").toString(),
        "--at", "2026-03-03T00:00:00Z", "--out", output.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(cli.waitFor(180, TimeUnit.SECONDS)).as("CLI finished").isTrue();
    assertThat(cli.exitValue()).as(Files.readString(log)).isZero();

    JsonNode spelling = new ObjectMapper().readTree(Files.readAllLines(output).get(0))
        .path("qa").path("checks").get(0);
    assertThat(spelling.path("id").asText()).isEqualTo("spelling_grammar");
    assertThat(spelling.path("result").asText()).isEqualTo("fail");
    assertThat(spelling.path("evidence").toString()).contains("recieved");
  }
}
