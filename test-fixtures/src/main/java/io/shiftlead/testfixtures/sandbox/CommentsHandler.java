package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code GET /api/v2/tickets/{id}/comments.json}: oldest first. With {@code page[size]} (max 100)
 * it pages by cursor; without it, like Zendesk's offset fallback, it answers one page with {@code
 * next_page: null}. {@code include=users} sideloads the authors of the returned comments.
 */
final class CommentsHandler implements Route.Handler {

  static final int MAX_PAGE_SIZE = 100;

  private final SandboxState state;
  private final String baseUrl;

  CommentsHandler(SandboxState state, String baseUrl) {
    this.state = state;
    this.baseUrl = baseUrl;
  }

  @Override
  public Response handle(ApiRequest request, Matcher path) {
    long id = Route.id(path);
    List<ObjectNode> comments = state.commentsJson(id);
    ObjectNode body = JsonResponses.object();
    boolean cursorMode = request.param("page[size]") != null || request.param("page[after]") != null
        || request.param("page[before]") != null;
    if (cursorMode) {
      String listUrl = baseUrl + "/api/v2/tickets/" + id + "/comments.json"
          + (request.includes("users") ? "?include=users" : "");
      CursorPagination.page(body, "comments", comments, request, listUrl, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    } else {
      body.putArray("comments").addAll(comments);
      body.putNull("next_page");
      body.putNull("previous_page");
      body.put("count", comments.size());
    }
    if (request.includes("users")) {
      Set<Long> authors = new LinkedHashSet<>();
      for (JsonNode comment : body.get("comments")) {
        authors.add(comment.get("author_id").asLong());
      }
      body.set("users", state.usersJson(authors));
    }
    return JsonResponses.ok(body);
  }
}
