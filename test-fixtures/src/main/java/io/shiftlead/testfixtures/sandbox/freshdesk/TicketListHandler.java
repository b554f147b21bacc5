package io.shiftlead.testfixtures.sandbox.freshdesk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.shiftlead.testfixtures.sandbox.ApiRequest;
import io.shiftlead.testfixtures.sandbox.Response;
import io.shiftlead.testfixtures.sandbox.SandboxState;
import io.shiftlead.testfixtures.sandbox.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v2/tickets}: {@code updated_since} (inclusive; without it only tickets created in
 * the last 30 days, as Freshdesk), {@code order_by=created_at|updated_at} (default created_at),
 * {@code order_type=asc|desc} (default desc), {@code filter=deleted|spam} (the default list leaves
 * deleted tickets out; the dataset has no spam), {@code include=requester,description}, page-numbered
 * with a {@code Link} header. A bare JSON array.
 */
public final class TicketListHandler {

  private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

  private final SandboxState state;
  private final FreshdeskRenderer render;
  private final String baseUrl;
  private final Supplier<Instant> now;

  public TicketListHandler(SandboxState state, String baseUrl, Supplier<Instant> now) {
    this.state = state;
    this.render = new FreshdeskRenderer(state);
    this.baseUrl = baseUrl;
    this.now = now;
  }

  public Response list(ApiRequest request, Matcher path) {
    Paging paging = Paging.of(request);
    Predicate<TicketSnapshot> window = window(request);
    Predicate<TicketSnapshot> filter = filter(request.param("filter"));
    Comparator<TicketSnapshot> order = order(request.param("order_by"), request.param("order_type"));
    List<TicketSnapshot> all = state.snapshots().stream()
        .filter(filter).filter(window).sorted(order).collect(Collectors.toList());
    boolean requester = request.includes("requester");
    boolean description = request.includes("description");
    ArrayNode body = FreshdeskResponses.MAPPER.createArrayNode();
    paging.slice(all).forEach(t -> body.add(render.ticket(t, requester, description)));
    return paging.link(FreshdeskResponses.json(200, body), baseUrl, request, all.size());
  }

  private Predicate<TicketSnapshot> window(ApiRequest request) {
    String since = request.param("updated_since");
    if (since == null || since.isBlank()) {
      Instant from = now.get().minus(DEFAULT_WINDOW);
      return t -> !t.createdAt().isBefore(from);
    }
    Instant from = Requests.since("updated_since", since);
    return t -> !t.updatedAt().isBefore(from);
  }

  private static Predicate<TicketSnapshot> filter(String filter) {
    if (filter == null || filter.isBlank()) {
      return t -> !t.isDeleted();
    }
    switch (filter.trim()) {
      case "deleted":
        return TicketSnapshot::isDeleted;
      case "spam":
        return t -> false; // the dataset has no spam
      default:
        throw FreshdeskResponses.validation("filter",
            "It should be one of these values: 'deleted,spam' (the sandbox serves no other filter)",
            "invalid_value");
    }
  }

  private static Comparator<TicketSnapshot> order(String by, String type) {
    Comparator<TicketSnapshot> order;
    String field = by == null || by.isBlank() ? "created_at" : by.trim();
    if ("created_at".equals(field)) {
      order = Comparator.comparing(TicketSnapshot::createdAt);
    } else if ("updated_at".equals(field)) {
      order = Comparator.comparing(TicketSnapshot::updatedAt);
    } else {
      throw FreshdeskResponses.validation("order_by",
          "It should be one of these values: 'created_at,updated_at'", "invalid_value");
    }
    order = order.thenComparingLong(TicketSnapshot::id);
    String direction = type == null || type.isBlank() ? "desc" : type.trim();
    if (!"asc".equals(direction) && !"desc".equals(direction)) {
      throw FreshdeskResponses.validation("order_type", "It should be one of these values: 'asc,desc'",
          "invalid_value");
    }
    return "asc".equals(direction) ? order : order.reversed();
  }
}
