package io.shiftlead.testfixtures.sandbox;

import java.util.List;

/** The Zendesk API: {@code email/token:apiToken} auth, {@code X-Rate-Limit} headers, text 429. */
final class ZendeskDialect implements ApiDialect {

  private final List<Route> routes;
  private final String expectedAuthorization;

  ZendeskDialect(SandboxOptions options, SandboxState state, JobStatuses jobs, String baseUrl) {
    this.expectedAuthorization = ApiDialect.basic(options.email() + "/token:" + options.apiToken());
    TicketReadHandlers reads = new TicketReadHandlers(state, baseUrl);
    UpdateHandler updates = new UpdateHandler(state, jobs);
    this.routes = List.of(
        new Route("GET", "/api/v2/incremental/tickets/cursor",
            new ExportHandler(state, baseUrl, options.exportLagSeconds())),
        new Route("GET", "/api/v2/incremental/ticket_events",
            new TicketEventsHandler(state, baseUrl, options.exportLagSeconds())),
        new Route("PUT", "/api/v2/tickets/update_many", updates::updateMany),
        new Route("GET", "/api/v2/tickets/([^/]+)", reads::ticket),
        new Route("PUT", "/api/v2/tickets/([^/]+)", updates::updateOne),
        new Route("GET", "/api/v2/tickets/([^/]+)/comments", new CommentsHandler(state, baseUrl)),
        new Route("GET", "/api/v2/tickets/([^/]+)/audits", new AuditsHandler(state, baseUrl)),
        new Route("GET", "/api/v2/satisfaction_ratings", new SatisfactionRatingsHandler(state, baseUrl)),
        new Route("GET", "/api/v2/ticket_fields", reads::ticketFields),
        new Route("GET", "/api/v2/job_statuses/show_many", jobs::showMany),
        new Route("GET", "/api/v2/job_statuses/([^/]+)", jobs::show));
  }

  @Override
  public List<Route> routes() {
    return routes;
  }

  @Override
  public boolean authorized(ApiRequest request) {
    String header = request.header("Authorization");
    return header != null && header.trim().equals(expectedAuthorization);
  }

  @Override
  public Response unauthorized() {
    return JsonResponses.json(401, JsonResponses.object().put("error", "Couldn't authenticate you"));
  }

  @Override
  public Response overLimit(RateLimitWindow.Decision budget) {
    return JsonResponses.tooManyRequests(budget.retryAfterSeconds(),
        "Too Many Requests: the account's limit of " + budget.limit()
            + " requests per minute is used up. Retry after " + budget.retryAfterSeconds() + " s.");
  }

  @Override
  public void rateHeaders(Response response, RateLimitWindow.Decision budget, int cost) {
    response.header("X-Rate-Limit", String.valueOf(budget.limit()));
    response.header("X-Rate-Limit-Remaining", String.valueOf(budget.remaining()));
  }

  @Override
  public Response noSuchEndpoint() {
    return JsonResponses.error(404, "InvalidEndpoint", "Not found").response;
  }
}
