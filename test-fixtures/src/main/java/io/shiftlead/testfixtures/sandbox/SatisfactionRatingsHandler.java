package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;

/**
 * {@code GET /api/v2/satisfaction_ratings.json}: legacy CSAT ratings by id, filtered by {@code
 * start_time}/{@code end_time} (epoch seconds, on created_at) and {@code score}, cursor-paged.
 */
final class SatisfactionRatingsHandler implements Route.Handler {

  static final int MAX_PAGE_SIZE = 100;

  private final SandboxState state;
  private final String baseUrl;

  SatisfactionRatingsHandler(SandboxState state, String baseUrl) {
    this.state = state;
    this.baseUrl = baseUrl;
  }

  @Override
  public Response handle(ApiRequest request, Matcher path) {
    Long startTime = request.longParam("start_time");
    Long endTime = request.longParam("end_time");
    String score = request.param("score");
    StringBuilder listUrl = new StringBuilder(baseUrl).append("/api/v2/satisfaction_ratings.json");
    char sep = '?';
    for (String param : new String[] {"start_time", "end_time", "score"}) {
      if (request.param(param) != null) {
        listUrl.append(sep).append(param).append('=')
            .append(CursorPagination.encode(request.param(param)));
        sep = '&';
      }
    }
    ObjectNode body = JsonResponses.object();
    CursorPagination.page(body, "satisfaction_ratings", state.ratingsJson(startTime, endTime, score),
        request, listUrl.toString(), MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    return JsonResponses.ok(body);
  }
}
