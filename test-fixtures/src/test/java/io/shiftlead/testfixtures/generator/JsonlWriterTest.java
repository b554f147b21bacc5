package io.shiftlead.testfixtures.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonlWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Dataset DATASET = DatasetGenerator.generate(42, 300);

  @Test
  void everyLineParsesAndCarriesTheRequiredFields() throws IOException {
    List<JsonNode> lines = parse(JsonlWriter.toJsonl(DATASET));

    long notDeleted = DATASET.tickets().stream().filter(t -> !"deleted".equals(t.status())).count();
    assertThat(lines).hasSize((int) notDeleted);
    for (JsonNode line : lines) {
      assertThat(line.get("id").isTextual()).isTrue();
      assertThat(line.get("createdAt").asText()).endsWith("Z");
      assertThat(line.get("comments").isArray()).isTrue();
      assertThat(line.get("status").asText())
          .isIn("new", "open", "pending", "on_hold", "solved", "closed");
      assertThat(line.get("channel").asText())
          .isIn("email", "web", "chat", "phone", "api", "social", "other");
      assertThat(line.get("source").asText()).isEqualTo("zendesk");
    }
  }

  @Test
  void mapsRolesHoldStatusAndCsatAsTheFormatSays() throws IOException {
    List<JsonNode> lines = parse(JsonlWriter.toJsonl(DATASET));

    assertThat(lines).anyMatch(l -> l.get("status").asText().equals("on_hold"));
    assertThat(lines).noneMatch(l -> l.get("status").asText().equals("hold"));
    Set<String> roles = new java.util.HashSet<>();
    lines.forEach(l -> l.get("comments").forEach(c -> roles.add(c.get("author").get("role").asText())));
    assertThat(roles).containsExactlyInAnyOrder("customer", "agent");
    List<JsonNode> surveys = new ArrayList<>();
    lines.forEach(l -> l.get("surveys").forEach(surveys::add));
    assertThat(surveys).isNotEmpty().allSatisfy(s -> {
      assertThat(s.get("kind").asText()).isEqualTo("csat");
      assertThat(s.get("scale").asText()).isEqualTo("good-bad");
      assertThat(s.get("score").asInt()).isIn(0, 1);
    });
    assertThat(lines).anyMatch(l -> l.get("requester").get("name").asText().matches(".*[^\\x00-\\x7F].*"));
  }

  @Test
  void shippedSampleIsTheGeneratorsOutputForSeed42AndTwentyTickets() throws IOException {
    String expected = GenerateDataset.export(42, 20);
    try (InputStream in = getClass().getResourceAsStream("/fixtures/interchange/sample-20.jsonl")) {
      assertThat(in).as("sample-20.jsonl on the classpath").isNotNull();
      String sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(sample).isEqualTo(expected);
      assertThat(sample.lines()).hasSize(20);
    }
  }

  private static List<JsonNode> parse(String jsonl) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      nodes.add(MAPPER.readTree(line));
    }
    return nodes;
  }
}
