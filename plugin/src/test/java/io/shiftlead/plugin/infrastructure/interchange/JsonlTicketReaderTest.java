package io.shiftlead.plugin.infrastructure.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlTicketReaderTest {
  private final List<Ticket> tickets = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final JsonlTicketReader.Visitor collect = new JsonlTicketReader.Visitor() {
    @Override
    public void ticket(long lineNumber, Ticket ticket) {
      tickets.add(ticket);
    }

    @Override
    public void badLine(InterchangeLineException problem) {
      problems.add(problem.getMessage());
    }
  };

  @Test
  void readsTheExampleOfTheFormatSpecification() throws IOException {
    String line = """
        {"id":"41873","source":"zendesk","subject":"Refund not received","status":"open","priority":"high","channel":"email","createdAt":"2026-03-02T09:15:00Z","updatedAt":"2026-03-02T11:02:10Z","requester":{"id":"u-88","name":"Ana Silva","email":"ana@example.com","organization":"Acme","locale":"pt-BR"},"assignee":{"id":"a-7","name":"Sam Lee"},"group":"Billing","tags":["vip","refund"],"fields":{"product":"Pro plan"},"comments":[{"id":"c1","author":{"id":"u-88","role":"customer"},"public":true,"createdAt":"2026-03-02T09:15:00Z","body":"I was charged twice..."},{"id":"c2","author":{"id":"a-7","role":"agent"},"public":true,"createdAt":"2026-03-02T10:01:00Z","body":"Hi Ana"}],"statusChanges":[{"at":"2026-03-02T10:01:00Z","from":"new","to":"open"}],"surveys":[{"kind":"csat","score":4,"scale":"1-5","comment":"quick","at":"2026-03-03T08:00:00Z"}],"someFutureField":{"ignored":true}}
        """;
    long bad = new JsonlTicketReader().read(new BufferedReader(new StringReader(line)), collect);

    assertThat(bad).isZero();
    Ticket ticket = tickets.get(0);
    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.priority()).isEqualTo(Priority.HIGH);
    assertThat(ticket.requester().locale()).isEqualTo("pt-BR");
    assertThat(ticket.comments()).extracting(c -> c.author().role())
        .containsExactly(AuthorRole.CUSTOMER, AuthorRole.AGENT);
    assertThat(ticket.surveys()).singleElement().satisfies(s -> assertThat(s.score()).isEqualTo(4));
    assertThat(ticket.fields()).containsEntry("product", "Pro plan");
  }

  @Test
  void reportsEachBadLineByNumberAndFieldAndKeepsTheGoodOnes() throws IOException {
    String file = String.join("\n",
        "{\"id\":\"1\",\"status\":\"open\",\"createdAt\":\"2026-03-02T09:15:00Z\",\"comments\":[]}",
        "{\"id\":\"2\",\"createdAt\":\"2026-03-02T09:15:00Z\",\"comments\":[]}",
        "{\"id\":\"3\",\"status\":\"open\",\"createdAt\":\"yesterday\",\"comments\":[]}",
        "{\"id\":\"4\",\"status\":\"open\",",
        "",
        "{\"id\":\"5\",\"status\":\"archived\",\"createdAt\":\"2026-03-02T09:15:00Z\",\"comments\":[]}",
        "{\"id\":\"6\",\"status\":\"solved\",\"createdAt\":\"2026-03-02T09:15:00Z\",\"comments\":[]}");

    long bad = new JsonlTicketReader().read(new BufferedReader(new StringReader(file)), collect);

    assertThat(bad).isEqualTo(4);
    assertThat(tickets).extracting(Ticket::id).containsExactly("1", "6");
    assertThat(problems).containsExactly(
        "line 2: missing required field 'status'",
        "line 3: field 'createdAt': not an ISO-8601 instant: 'yesterday'",
        problems.get(2),
        "line 6: field 'status': unknown value 'archived' (new, open, pending, on_hold, solved,"
            + " closed)");
    assertThat(problems.get(2)).startsWith("line 4: malformed JSON");
  }

  @Test
  void readsWhatTheDatasetGeneratorWrites() throws IOException {
    var in = getClass().getClassLoader().getResourceAsStream("fixtures/interchange/sample-20.jsonl");
    long bad = new JsonlTicketReader().read(
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), collect);

    assertThat(bad).isZero();
    assertThat(tickets).hasSize(20);
    assertThat(tickets).allSatisfy(t -> assertThat(t.createdAt()).isNotNull());
  }
}
