package io.shiftlead.plugin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.Role;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Test helper: what an agent does in the sandbox helpdesk's own UI, through its API. */
public final class SandboxAgent {
  private SandboxAgent() {}

  /** An agent answers {@code ticketId} in public and solves it. */
  public static void repliesAndSolves(SandboxHelpdesk sandbox, long ticketId, String body)
      throws Exception {
    long agent = sandbox.dataset().usersWithRole(Role.AGENT).get(0).id();
    String json = """
        {"ticket":{"status":"solved","comment":{"body":"%s","public":true,"author_id":%d}}}
        """.formatted(body, agent);
    String credentials = sandbox.options().email() + "/token:" + sandbox.options().apiToken();
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(sandbox.baseUrl() + "/api/v2/tickets/" + ticketId + ".json"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  /** Whether {@code comment} is a public reply by staff (an agent or admin of the dataset). */
  public static boolean isPublicStaffReply(SandboxHelpdesk sandbox, Comment comment) {
    return comment.isPublic() && sandbox.dataset().user(comment.authorId())
        .map(u -> u.role().isStaff()).orElse(false);
  }
}
