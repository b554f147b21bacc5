package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.regex.Matcher;

/**
 * {@code GET /api/v2/incremental/tickets/cursor.json}: the cursor-based incremental ticket export.
 * Tickets come in change-sequence order, each in its latest version; the cursor is the position of
 * the last change returned and stays valid after {@code end_of_stream}, so a later poll with it
 * returns exactly the tickets changed since.
 */
final class ExportHandler implements Route.Handler {

  static final int MAX_PER_PAGE = 1000;

  private final SandboxState state;
  private final String baseUrl;
  private final Duration lag;

  ExportHandler(SandboxState state, String baseUrl, int lagSeconds) {
    this.state = state;
    this.baseUrl = baseUrl;
    this.lag = Duration.ofSeconds(lagSeconds);
  }

  @Override
  public Response handle(ApiRequest request, Matcher path) {
    String cursor = request.param("cursor");
    Long startTime = request.longParam("start_time");
    if ((cursor == null || cursor.isEmpty()) && startTime == null) {
      throw JsonResponses.badRequest("InvalidValue", "start_time or cursor is required");
    }
    Long after = cursor == null || cursor.isEmpty() ? null : Cursors.decode(cursor);
    Integer requested = request.intParam("per_page");
    int perPage = Math.max(1, Math.min(MAX_PER_PAGE, requested == null ? MAX_PER_PAGE : requested));
    boolean excludeDeleted = "true".equalsIgnoreCase(request.param("exclude_deleted"));
    SandboxState.ExportPage page = state.exportPage(after, startTime, perPage, lag, excludeDeleted,
        request.includes("users"), request.includes("comment_count"));

    String afterCursor = Cursors.encode(page.lastSequence());
    ObjectNode body = JsonResponses.object();
    body.set("tickets", page.tickets());
    if (page.users() != null) {
      body.set("users", page.users());
    }
    body.put("after_url", afterUrl(request, afterCursor, requested));
    body.put("after_cursor", afterCursor);
    body.putNull("before_url");
    body.putNull("before_cursor");
    body.put("end_of_stream", page.endOfStream());
    return JsonResponses.ok(body);
  }

  /** The next page's URL keeps the caller's page size, sideloads and filters. */
  private String afterUrl(ApiRequest request, String afterCursor, Integer perPage) {
    StringBuilder url = new StringBuilder(baseUrl)
        .append("/api/v2/incremental/tickets/cursor.json?cursor=")
        .append(CursorPagination.encode(afterCursor));
    if (perPage != null) {
      url.append("&per_page=").append(perPage);
    }
    for (String param : new String[] {"include", "exclude_deleted"}) {
      String value = request.param(param);
      if (value != null) {
        url.append('&').append(param).append('=').append(CursorPagination.encode(value));
      }
    }
    return url.toString();
  }
}
