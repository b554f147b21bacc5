package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.Dataset;
import io.shiftlead.testfixtures.generator.DatasetGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A running sandbox Zendesk on 127.0.0.1: the API subset the Shiftlead Zendesk connector uses
 * (incremental export, ticket, comments, CSAT, ticket fields, update, update_many + job status),
 * Zendesk's auth, account rate limit and per-ticket update limit, plus inspection methods and fault
 * injection for tests. Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (SandboxHelpdesk zendesk = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(50))) {
 *   String url = zendesk.baseUrl(); // e.g. http://127.0.0.1:53121
 * }
 * }</pre>
 */
public final class SandboxHelpdesk implements AutoCloseable {

  private final SandboxOptions options;
  private final Dataset dataset;
  private final HttpServer server;
  private final ExecutorService executor;
  private final String baseUrl;
  private final Instant startedAt;
  private final SandboxState state;
  private final JobStatuses jobs;
  private final RateLimitWindow rateLimit;
  private final FaultInjector faults = new FaultInjector();
  private final List<Route> apiRoutes;
  private final List<Route> adminRoutes;
  private final String expectedAuthorization;
  private final AtomicLong requestsServed = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();

  private SandboxHelpdesk(SandboxOptions options, HttpServer server) {
    this.options = options;
    this.server = server;
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    this.startedAt = options.clock().instant();
    this.dataset = DatasetGenerator.generate(options.seed(), options.ticketCount(), options.baseInstant());
    this.state = new SandboxState(dataset, baseUrl, this::now, new TicketUpdateLimiter(options.clock()),
        options.closedTicketsReadOnly());
    this.jobs = new JobStatuses(state, baseUrl);
    this.rateLimit = new RateLimitWindow(options.requestsPerMinute(), options.clock());
    this.expectedAuthorization = "Basic " + Base64.getEncoder().encodeToString(
        (options.email() + "/token:" + options.apiToken()).getBytes(StandardCharsets.UTF_8));
    this.apiRoutes = apiRoutes();
    this.adminRoutes = adminRoutes();
    this.executor = Executors.newFixedThreadPool(8, r -> {
      Thread thread = new Thread(r, "sandbox-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** Generates the dataset, binds 127.0.0.1:{@code options.port()} and starts serving. */
  public static SandboxHelpdesk start(SandboxOptions options) {
    try {
      HttpServer server = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
      SandboxHelpdesk sandbox = new SandboxHelpdesk(options, server);
      server.start();
      return sandbox;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the sandbox to port " + options.port(), e);
    }
  }

  public String baseUrl() {
    return baseUrl;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public SandboxOptions options() {
    return options;
  }

  /** The dataset the sandbox was seeded with (its state since then: {@link #ticket(long)}). */
  public Dataset dataset() {
    return dataset;
  }

  /** Sandbox time: the dataset's base instant plus the time elapsed since start. */
  public Instant now() {
    return options.baseInstant().plus(Duration.between(startedAt, options.clock().instant()));
  }

  /** The current state of a ticket, deleted ones included. */
  public TicketView ticket(long id) {
    return state.view(id);
  }

  public List<Comment> comments(long ticketId) {
    return state.comments(ticketId);
  }

  public List<Long> ticketIds() {
    return state.ticketIds();
  }

  /** Every request to /api/v2, whatever its answer. */
  public long requestsServed() {
    return requestsServed.get();
  }

  /** 429 answers sent: account limit, per-ticket limit and injected ones. */
  public long rateLimitedResponses() {
    return rateLimited.get();
  }

  /** Successful ticket updates (PUT and each ticket of update_many), no-op updates included. */
  public long updatesApplied() {
    return state.updatesApplied();
  }

  /** The last 20 changes, newest first. */
  public List<UpdateRecord> recentUpdates() {
    return state.recentUpdates();
  }

  /** Simulates the requester replying to a ticket (as POST /sandbox/tickets/{id}/touch). */
  public TicketView touch(long ticketId, String body) {
    state.touch(ticketId, body);
    return state.view(ticketId);
  }

  /** The next {@code count} /api/v2 requests answer {@code status} (with Retry-After if > 0). */
  public void failNext(int count, int status, int retryAfterSeconds) {
    faults.failNext(count, status, retryAfterSeconds);
  }

  @Override
  public void close() {
    server.stop(0);
    jobs.close();
    executor.shutdownNow();
  }

  private List<Route> apiRoutes() {
    TicketReadHandlers reads = new TicketReadHandlers(state, baseUrl);
    UpdateHandler updates = new UpdateHandler(state, jobs);
    return List.of(
        new Route("GET", "/api/v2/incremental/tickets/cursor",
            new ExportHandler(state, baseUrl, options.exportLagSeconds())),
        new Route("PUT", "/api/v2/tickets/update_many", updates::updateMany),
        new Route("GET", "/api/v2/tickets/([^/]+)", reads::ticket),
        new Route("PUT", "/api/v2/tickets/([^/]+)", updates::updateOne),
        new Route("GET", "/api/v2/tickets/([^/]+)/comments", new CommentsHandler(state, baseUrl)),
        new Route("GET", "/api/v2/satisfaction_ratings", new SatisfactionRatingsHandler(state, baseUrl)),
        new Route("GET", "/api/v2/ticket_fields", reads::ticketFields),
        new Route("GET", "/api/v2/job_statuses/show_many", jobs::showMany),
        new Route("GET", "/api/v2/job_statuses/([^/]+)", jobs::show));
  }

  private List<Route> adminRoutes() {
    AdminHandler admin = new AdminHandler(this, state);
    return List.of(
        new Route("GET", "/sandbox/?", admin::summary),
        new Route("GET", "/sandbox/tickets/([^/]+)", admin::ticket),
        new Route("POST", "/sandbox/tickets/([^/]+)/touch", admin::touch));
  }

  private void handle(HttpExchange exchange) throws IOException {
    Response response;
    try {
      ApiRequest request = ApiRequest.read(exchange);
      response = request.path.startsWith("/api/v2/") ? api(request) : route(adminRoutes, request);
    } catch (RuntimeException e) {
      response = JsonResponses.json(500, JsonResponses.object()
          .put("error", "ServerError").put("description", String.valueOf(e)));
    }
    try {
      response.headers.forEach(exchange.getResponseHeaders()::set);
      exchange.getResponseHeaders().set("Content-Type", response.contentType);
      exchange.sendResponseHeaders(response.status, response.body.length == 0 ? -1 : response.body.length);
      if (response.body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response.body);
        }
      }
    } finally {
      exchange.close();
    }
  }

  /** The API pipeline: count, injected fault, auth, account rate limit, then the endpoint. */
  private Response api(ApiRequest request) {
    requestsServed.incrementAndGet();
    Response response = faults.nextFailure();
    RateLimitWindow.Decision budget = null;
    if (response == null && !authorized(request)) {
      response = JsonResponses.json(401, JsonResponses.object().put("error", "Couldn't authenticate you"));
    }
    if (response == null) {
      budget = rateLimit.acquire();
      response = budget.allowed()
          ? route(apiRoutes, request)
          : JsonResponses.tooManyRequests(budget.retryAfterSeconds(),
              "Too Many Requests: the account's limit of " + budget.limit()
                  + " requests per minute is used up. Retry after " + budget.retryAfterSeconds() + " s.");
    }
    if (budget == null) {
      budget = rateLimit.peek();
    }
    response.header("X-Rate-Limit", String.valueOf(budget.limit()));
    response.header("X-Rate-Limit-Remaining", String.valueOf(budget.remaining()));
    if (response.status == 429) {
      rateLimited.incrementAndGet();
    }
    return response;
  }

  private boolean authorized(ApiRequest request) {
    String header = request.header("Authorization");
    return header != null && header.trim().equals(expectedAuthorization);
  }

  private static Response route(List<Route> routes, ApiRequest request) {
    try {
      for (Route route : routes) {
        Response response = route.tryHandle(request);
        if (response != null) {
          return response;
        }
      }
      throw JsonResponses.error(404, "InvalidEndpoint", "Not found");
    } catch (ApiError e) {
      return e.response;
    }
  }

  /** Convenience for tests that want the admin JSON without HTTP. */
  ObjectNode adminTicket(long id) {
    return state.adminTicket(id);
  }
}
