package io.shiftlead.plugin.infrastructure.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.qa.Conversation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-labelled corpus of {@code test-fixtures/.../fixtures/qa/corpus.jsonl}, turned into
 * tickets. A follow-up entry gets an earlier exchange in front and is graded on its own
 * (per-reply), so the greeting is N/A as in production.
 */
public final class QaCorpus {
  public static final String RESOURCE = "fixtures/qa/corpus.jsonl";
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /**
   * One labelled reply.
   *
   * @param holdout written and labelled after the lexicons were last changed: its agreement is
   *     the honest estimate; the rest was seen while the checks were built
   */
  public record Entry(String id, String language, String style, Conversation conversation,
      Map<String, String> expected, boolean holdout) {}

  private QaCorpus() {}

  public static List<Entry> load() {
    ObjectMapper json = new ObjectMapper();
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = QaCorpus.class.getClassLoader().getResourceAsStream(RESOURCE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          entries.add(entry(json.readTree(line)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static Entry entry(JsonNode node) {
    String name = node.path("customerName").isNull() ? null : node.path("customerName").asText();
    Person customer = new Person("u-" + node.get("id").asText(), name, null, null,
        node.get("locale").asText(), AuthorRole.CUSTOMER);
    Person agent = new Person("a-1", "Agent Smith", null, null, null, AuthorRole.AGENT);
    List<Comment> comments = new ArrayList<>();
    boolean followUp = node.path("followUp").asBoolean(false);
    int minute = 0;
    if (followUp) {
      comments.add(new Comment("c0", customer, true, T0, "Earlier question."));
      comments.add(new Comment("r0", agent, true, T0.plusSeconds(600), "Earlier answer."));
      minute = 20;
    }
    comments.add(new Comment("c1", customer, true, T0.plusSeconds(60L * minute),
        node.get("customer").asText()));
    comments.add(new Comment("r1", agent, true, T0.plusSeconds(60L * (minute + 30)),
        node.get("reply").asText()));
    Ticket ticket = new Ticket(node.get("id").asText(), "corpus", "Question", TicketStatus.SOLVED,
        null, Channel.EMAIL, T0, T0, customer, agent, "Support", List.of(), Map.of(), comments,
        List.of(), List.of(), false, comments.size());
    List<Conversation> perReply = Conversation.perReply(ticket);
    Conversation graded = followUp ? perReply.get(perReply.size() - 1) : Conversation.of(ticket);
    Map<String, String> expected = new LinkedHashMap<>();
    node.get("expected").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asText()));
    return new Entry(node.get("id").asText(), node.get("lang").asText(), node.get("style").asText(),
        graded, expected, node.path("holdout").asBoolean(false));
  }
}
