package io.shiftlead.plugin.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A real Request Tracker 5 on loopback (started by {@code test-fixtures/rt/start-rt.sh}, whose
 * {@code rt.env} variables {@code scripts/run-tests} exports), spoken to through its own REST2 API.
 */
final class RealRequestTracker {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  final String url = System.getenv("RT_URL");
  final String rootToken = System.getenv("RT_TOKEN");

  static boolean configured() {
    String url = System.getenv("RT_URL");
    String token = System.getenv("RT_TOKEN");
    return url != null && !url.isBlank() && token != null && !token.isBlank();
  }

  /** A ticket from customer1, answered publicly by agent1: the built-in evaluator's input. */
  String seedAnsweredTicket(String subject) throws Exception {
    String id = post("/ticket", basic("customer1", "customer1pass"), Map.of("Queue", "General",
        "Subject", subject, "Requestor", "customer1@example.com",
        "Content", "My invoice is wrong.", "ContentType", "text/plain")).path("id").asText();
    post("/ticket/" + id + "/correspond", agentAuth(),
        Map.of("Content", "Hi, we are looking into it.", "ContentType", "text/plain"));
    return id;
  }

  String customField(String id, String name) throws Exception {
    for (JsonNode cf : get("/ticket/" + id).path("CustomFields")) {
      if (name.equals(cf.path("name").asText())) {
        JsonNode values = cf.path("values");
        return values.isArray() && values.size() > 0 ? values.get(0).asText() : null;
      }
    }
    return null;
  }

  /** Comment transactions of the ticket whose content carries Shiftlead's marker. */
  long shiftleadNotes(String id) throws Exception {
    List<String> commentIds = new ArrayList<>();
    get("/ticket/" + id + "/history?per_page=100&fields=Type").path("items").forEach(t -> {
      if ("Comment".equals(t.path("Type").asText())) {
        commentIds.add(t.path("id").asText());
      }
    });
    long count = 0;
    for (JsonNode a : get("/ticket/" + id + "/attachments?per_page=100&fields=TransactionId,"
        + "Content").path("items")) {
      if (commentIds.contains(a.path("TransactionId").asText())
          && a.path("Content").asText().contains("[shiftlead:")) {
        count++;
      }
    }
    return count;
  }

  private String agentAuth() {
    String token = System.getenv("RT_AGENT_TOKEN");
    return token != null && !token.isBlank() ? "token " + token : basic("agent1", "agent1pass");
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode post(String path, String auth, Map<String, String> body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/REST/2.0" + path))
        .header("Authorization", auth).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " "
          + response.body());
    }
    return JSON.readTree(response.body());
  }

  private JsonNode get(String pathAndQuery) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/REST/2.0" + pathAndQuery))
        .header("Authorization", "token " + rootToken).GET().build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + pathAndQuery + ": " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }
}
