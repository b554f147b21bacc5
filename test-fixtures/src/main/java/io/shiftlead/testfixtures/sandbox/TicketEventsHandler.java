package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.regex.Matcher;

/**
 * {@code GET /api/v2/incremental/ticket_events.json?start_time=<epoch s>[&include=comment_events]}:
 * Zendesk's time-based incremental ticket event export. Audits come oldest first, about
 * {@link #PAGE_SIZE} a page; a page always ends with a whole second, so {@code end_time} (the last
 * item's timestamp, the next request's {@code start_time}) repeats that second's items on the next
 * page, as Zendesk warns, and clients drop them by id. Also answers {@code count},
 * {@code end_of_stream} and {@code next_page}.
 */
final class TicketEventsHandler implements Route.Handler {
  static final int PAGE_SIZE = 1000;

  private final SandboxState state;
  private final String baseUrl;
  private final Duration lag;

  TicketEventsHandler(SandboxState state, String baseUrl, int lagSeconds) {
    this.state = state;
    this.baseUrl = baseUrl;
    this.lag = Duration.ofSeconds(lagSeconds);
  }

  @Override
  public Response handle(ApiRequest request, Matcher path) {
    Long startTime = request.longParam("start_time");
    if (startTime == null || startTime < 0) {
      throw JsonResponses.badRequest("InvalidValue", "start_time is required");
    }
    boolean comments = request.includes("comment_events");
    SandboxState.EventsPage page = state.ticketEventsPage(startTime, PAGE_SIZE, lag, comments);
    ObjectNode body = JsonResponses.object();
    body.set("ticket_events", page.events());
    body.put("next_page", baseUrl + "/api/v2/incremental/ticket_events.json?start_time="
        + page.endTime() + (comments ? "&include=comment_events" : ""));
    body.put("count", page.events().size());
    body.put("end_of_stream", page.endOfStream());
    body.put("end_time", page.endTime());
    return JsonResponses.ok(body);
  }
}
