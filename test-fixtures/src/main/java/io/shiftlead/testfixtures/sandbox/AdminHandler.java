package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.generator.Html;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.regex.Matcher;

/**
 * The sandbox's own pages for humans and demos (not Zendesk API, no auth): a summary at {@code
 * /sandbox}, a ticket with all its comments at {@code /sandbox/tickets/{id}}, and {@code POST
 * /sandbox/tickets/{id}/touch} to simulate the customer replying.
 */
final class AdminHandler {

  static final String DEFAULT_TOUCH_BODY = "Any news on this? (customer reply simulated by the sandbox)";

  private final SandboxHelpdesk sandbox;
  private final SandboxState state;
  private final LongFunction<ObjectNode> vendorView;

  /** @param vendorView the ticket in the API's own shape, or null when that is the state's (Zendesk) */
  AdminHandler(SandboxHelpdesk sandbox, SandboxState state,
      LongFunction<ObjectNode> vendorView) {
    this.sandbox = sandbox;
    this.state = state;
    this.vendorView = vendorView;
  }

  Response summary(ApiRequest request, Matcher path) {
    ObjectNode body = JsonResponses.object();
    body.put("base_url", sandbox.baseUrl());
    body.put("vendor", sandbox.options().vendor().name().toLowerCase(Locale.ROOT));
    body.put("api_email", sandbox.options().email());
    body.put("sandbox_time", TicketJson.iso(sandbox.now()));
    ObjectNode tickets = body.putObject("tickets");
    state.countByStatus().forEach(tickets::put);
    body.put("users", state.userCount());
    body.put("requests_served", sandbox.requestsServed());
    body.put("rate_limited_responses", sandbox.rateLimitedResponses());
    body.put("updates_applied", sandbox.updatesApplied());
    ArrayNode recent = body.putArray("last_updates");
    for (UpdateRecord update : state.recentUpdates()) {
      ObjectNode node = recent.addObject()
          .put("at", TicketJson.iso(update.at()))
          .put("ticket_id", update.ticketId())
          .put("source", update.source());
      ArrayNode changed = node.putArray("changed");
      update.changed().forEach(changed::add);
    }
    String accept = request.header("Accept");
    if (accept != null && accept.contains("text/html")) {
      return Response.html(page(body, sandbox.options().vendor()));
    }
    return JsonResponses.ok(body);
  }

  Response ticket(ApiRequest request, Matcher path) {
    ObjectNode body = JsonResponses.object();
    long id = Route.id(path);
    body.set("ticket", state.adminTicket(id));
    ObjectNode view = vendorView.apply(id);
    if (view != null) {
      // what the vendor API shows for it: e.g. Freshdesk's status numbers and cf_ fields
      body.set(sandbox.options().vendor().name().toLowerCase(Locale.ROOT), view);
    }
    return JsonResponses.ok(body);
  }

  Response touch(ApiRequest request, Matcher path) {
    String text = DEFAULT_TOUCH_BODY;
    if (request.body.length > 0) {
      JsonNode given = request.jsonBody().get("body");
      if (given != null && given.isTextual() && !given.asText().isBlank()) {
        text = given.asText();
      }
    }
    ObjectNode body = JsonResponses.object();
    body.set("ticket", state.touch(Route.id(path), text));
    return JsonResponses.ok(body);
  }

  private static String page(ObjectNode summary, Vendor vendor) {
    String pretty;
    try {
      pretty = JsonResponses.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(summary);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Shiftlead sandbox helpdesk</title>"
        + "<meta http-equiv=\"refresh\" content=\"5\"></head><body>"
        + "<h1>Shiftlead sandbox helpdesk</h1><p>"
        + (vendor == Vendor.FRESHDESK ? "Freshdesk" : "Zendesk") + " API subset under <code>/api/v2</code>; "
        + "open <code>/sandbox/tickets/{id}</code> to see a ticket with its comments.</p><pre>"
        + Html.escape(pretty) + "</pre></body></html>";
  }
}
