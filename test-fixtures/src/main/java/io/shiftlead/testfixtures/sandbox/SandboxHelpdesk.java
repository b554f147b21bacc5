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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A running sandbox helpdesk on 127.0.0.1. By default it speaks Zendesk: the API subset the
 * Shiftlead Zendesk connector uses (incremental export, ticket, comments, audits, CSAT, ticket fields,
 * update, update_many + job status), Zendesk's auth, account rate limit and per-ticket update limit,
 * plus inspection methods and fault injection for tests. With {@link SandboxOptions#withVendor}
 * {@link Vendor#FRESHDESK} the same dataset and state are served through the Freshdesk API v2 subset
 * instead (package {@code freshdesk}); the admin pages and inspection methods are the same.
 * Thread-safe; close it when done.
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
  /** The incremental exports' own per-minute limit (Zendesk: 10), or null when not set. */
  private volatile RateLimitWindow exportLimit;
  private final FaultInjector faults = new FaultInjector();
  private final TransportFaults transportFaults = new TransportFaults();
  private final ApiDialect dialect;
  private final List<Route> adminRoutes;
  private final AtomicLong requestsServed = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();

  private SandboxHelpdesk(SandboxOptions options, HttpServer server) {
    this.options = options;
    this.server = server;
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    this.startedAt = options.clock().instant();
    this.dataset = DatasetGenerator.generate(options.seed(), options.ticketCount(), options.baseInstant());
    boolean freshdesk = options.vendor() == Vendor.FRESHDESK;
    this.state = new SandboxState(dataset, baseUrl, this::now,
        freshdesk ? TicketUpdateLimiter.unlimited(options.clock()) : new TicketUpdateLimiter(options.clock()),
        options.closedTicketsReadOnly());
    this.jobs = new JobStatuses(state, baseUrl);
    this.rateLimit = new RateLimitWindow(options.requestsPerMinute(), options.clock());
    this.dialect = freshdesk
        ? new FreshdeskDialect(options, state, baseUrl, this::now)
        : new ZendeskDialect(options, state, jobs, baseUrl);
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
    // The JDK server writes headers and body separately; without TCP_NODELAY each keep-alive
    // request of a client like OkHttp waits ~40 ms for a delayed ACK. Read once, when the first
    // server of the JVM starts, so it is set only if nobody chose otherwise.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
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

  /**
   * Limits the incremental exports ({@code /api/v2/incremental/...}) to {@code perMinute} requests
   * a minute on top of the account limit, answering 429 with Retry-After beyond it; 0 removes it.
   */
  public void limitExports(int perMinute) {
    this.exportLimit = perMinute <= 0 ? null : new RateLimitWindow(perMinute, options.clock());
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

  /**
   * The next {@code count} /api/v2 requests whose path starts with {@code pathPrefix} (e.g.
   * {@code /api/v2/} for any, {@code /api/v2/tickets/update_many}) suffer {@code fault}; cursor
   * faults apply to export pages only. Faults queue up in the order injected.
   */
  public void injectNext(int count, SandboxFault fault, String pathPrefix) {
    transportFaults.injectNext(count, fault, pathPrefix);
  }

  /** Drops every fault still to inject, of both kinds: the helpdesk is healthy again. */
  public void clearFaults() {
    faults.failNext(0, 500, 0);
    transportFaults.clear();
  }

  /** Injected {@link SandboxFault}s not yet used. */
  public int faultsPending() {
    return transportFaults.remaining();
  }

  @Override
  public void close() {
    server.stop(0);
    jobs.close();
    executor.shutdownNow();
  }

  private List<Route> adminRoutes() {
    AdminHandler admin = new AdminHandler(this, state, dialect::adminView);
    return List.of(
        new Route("GET", "/sandbox/?", admin::summary),
        new Route("GET", "/sandbox/tickets/([^/]+)", admin::ticket),
        new Route("POST", "/sandbox/tickets/([^/]+)/touch", admin::touch));
  }

  private void handle(HttpExchange exchange) throws IOException {
    Response response;
    SandboxFault fault = null;
    try {
      ApiRequest request = ApiRequest.read(exchange);
      boolean isApi = request.path.startsWith("/api/v2/");
      fault = isApi ? transportFaults.take(request) : null;
      if (fault == SandboxFault.STALL) {
        stall();
      }
      response = isApi
          ? api(request)
          : route(adminRoutes, request, JsonResponses.error(404, "InvalidEndpoint", "Not found").response);
      if (fault != null) {
        response = TransportFaults.rewrite(fault, request, response);
      }
    } catch (RuntimeException e) {
      response = JsonResponses.json(500, JsonResponses.object()
          .put("error", "ServerError").put("description", String.valueOf(e)));
    }
    try {
      if (fault == SandboxFault.EMPTY_REPLY) {
        return; // closing an exchange that sent no headers drops the connection
      }
      response.headers.forEach(exchange.getResponseHeaders()::set);
      exchange.getResponseHeaders().set("Content-Type", response.contentType);
      exchange.sendResponseHeaders(response.status, response.body.length == 0 ? -1 : response.body.length);
      if (response.body.length > 0) {
        OutputStream out = exchange.getResponseBody();
        if (fault == SandboxFault.TRUNCATED_TRANSFER) {
          out.write(response.body, 0, response.body.length / 2);
          out.flush();
          return; // closing short of the promised length drops the connection
        }
        try (out) {
          out.write(response.body);
        }
      }
    } finally {
      exchange.close(); // short of the promised length: the connection is dropped
    }
  }

  private static void stall() {
    try {
      Thread.sleep(SandboxFault.STALL_DURATION.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The API pipeline: count, injected fault, auth, account rate limit, then the endpoint. */
  private Response api(ApiRequest request) {
    requestsServed.incrementAndGet();
    Response response = faults.nextFailure();
    RateLimitWindow.Decision budget = null;
    if (response == null && !dialect.authorized(request)) {
      response = dialect.unauthorized();
    }
    int cost = dialect.cost(request);
    if (response == null) {
      RateLimitWindow exports = exportLimit;
      if (exports != null && request.path.startsWith("/api/v2/incremental/")) {
        RateLimitWindow.Decision exportBudget = exports.acquire(cost);
        if (!exportBudget.allowed()) {
          response = dialect.overLimit(exportBudget);
        }
      }
    }
    if (response == null) {
      budget = rateLimit.acquire(cost);
      response = budget.allowed()
          ? route(dialect.routes(), request, dialect.noSuchEndpoint())
          : dialect.overLimit(budget);
    }
    if (budget == null) {
      budget = rateLimit.peek();
    }
    dialect.rateHeaders(response, budget, cost);
    if (response.status == 429) {
      rateLimited.incrementAndGet();
    }
    return response;
  }

  private static Response route(List<Route> routes, ApiRequest request, Response notFound) {
    try {
      for (Route route : routes) {
        Response response = route.tryHandle(request);
        if (response != null) {
          return response;
        }
      }
      return notFound;
    } catch (ApiError e) {
      return e.response;
    }
  }

  /** Convenience for tests that want the admin JSON without HTTP. */
  ObjectNode adminTicket(long id) {
    return state.adminTicket(id);
  }
}
