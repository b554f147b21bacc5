package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;

/**
 * {@code GET /api/v2/tickets/{id}/audits.json}: the ticket's audits oldest first, cursor-paginated
 * ({@code page[size]} up to 100), as rendered by {@link TicketAudits}. Deleted tickets are 404.
 */
final class AuditsHandler implements Route.Handler {

  static final int MAX_PAGE_SIZE = 100;

  private final SandboxState state;
  private final String baseUrl;

  AuditsHandler(SandboxState state, String baseUrl) {
    this.state = state;
    this.baseUrl = baseUrl;
  }

  @Override
  public Response handle(ApiRequest request, Matcher path) {
    long id = Route.id(path);
    List<ObjectNode> audits = state.auditsJson(id);
    ObjectNode body = JsonResponses.object();
    CursorPagination.page(body, "audits", audits, request,
        baseUrl + "/api/v2/tickets/" + id + "/audits.json", MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    return JsonResponses.ok(body);
  }
}
