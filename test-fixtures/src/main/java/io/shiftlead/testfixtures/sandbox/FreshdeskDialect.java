package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.sandbox.freshdesk.ConversationHandlers;
import io.shiftlead.testfixtures.sandbox.freshdesk.FreshdeskResponses;
import io.shiftlead.testfixtures.sandbox.freshdesk.SatisfactionRatingsHandler;
import io.shiftlead.testfixtures.sandbox.freshdesk.TicketHandlers;
import io.shiftlead.testfixtures.sandbox.freshdesk.TicketListHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Freshdesk API v2 subset: {@code Basic base64(apiKey:anything)} auth (the sandbox's apiToken is
 * the key), {@code X-RateLimit-Total/-Remaining/-Used-CurrentRequest} headers, JSON 429. Each
 * {@code include} of a GET costs one more credit, as in Freshdesk.
 */
final class FreshdeskDialect implements ApiDialect {

  private final List<Route> routes;
  private final String apiKey;
  private final TicketHandlers tickets;

  FreshdeskDialect(SandboxOptions options, SandboxState state, String baseUrl, Supplier<Instant> now) {
    this.apiKey = options.apiToken();
    this.tickets = new TicketHandlers(state, options.closedTicketsReadOnly());
    ConversationHandlers conversations = new ConversationHandlers(state, tickets, baseUrl);
    this.routes = List.of(
        new Route("GET", "/api/v2/tickets", new TicketListHandler(state, baseUrl, now)::list),
        new Route("GET", "/api/v2/tickets/([^/]+)", tickets::show),
        new Route("PUT", "/api/v2/tickets/([^/]+)", tickets::update),
        new Route("GET", "/api/v2/tickets/([^/]+)/conversations", conversations::list),
        new Route("POST", "/api/v2/tickets/([^/]+)/notes", conversations::addNote),
        new Route("GET", "/api/v2/surveys/satisfaction_ratings",
            new SatisfactionRatingsHandler(state, baseUrl, now)::list));
  }

  @Override
  public List<Route> routes() {
    return routes;
  }

  /** Freshdesk takes the API key as the user name and ignores the password ("X" by convention). */
  @Override
  public boolean authorized(ApiRequest request) {
    String header = request.header("Authorization");
    if (header == null || !header.trim().startsWith("Basic ")) {
      return false;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.trim().substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 && decoded.substring(0, colon).equals(apiKey);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  @Override
  public Response unauthorized() {
    return FreshdeskResponses.unauthorized();
  }

  @Override
  public Response overLimit(RateLimitWindow.Decision budget) {
    return FreshdeskResponses.rateLimited(budget.retryAfterSeconds());
  }

  @Override
  public int cost(ApiRequest request) {
    String include = request.param("include");
    if (!"GET".equals(request.method) || include == null || include.isBlank()) {
      return 1;
    }
    return 1 + include.split(",").length;
  }

  @Override
  public void rateHeaders(Response response, RateLimitWindow.Decision budget, int cost) {
    response.header("X-RateLimit-Total", String.valueOf(budget.limit()));
    response.header("X-RateLimit-Remaining", String.valueOf(budget.remaining()));
    response.header("X-RateLimit-Used-CurrentRequest", String.valueOf(cost));
  }

  @Override
  public ObjectNode adminView(long id) {
    return tickets.adminView(id);
  }

  @Override
  public Response noSuchEndpoint() {
    return FreshdeskResponses.noSuchEndpoint();
  }
}
