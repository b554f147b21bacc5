package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Ticket writes: {@code PUT /api/v2/tickets/{id}.json} applies at once; {@code PUT
 * /api/v2/tickets/update_many.json} (per-ticket bodies, or {@code ?ids=} with one shared body)
 * queues a job, as Zendesk does.
 */
final class UpdateHandler {

  static final int MAX_BATCH = 100;

  private final SandboxState state;
  private final JobStatuses jobs;

  UpdateHandler(SandboxState state, JobStatuses jobs) {
    this.state = state;
    this.jobs = jobs;
  }

  Response updateOne(ApiRequest request, Matcher path) {
    long id = Route.id(path);
    ObjectNode ticket = TicketChanges.unwrapTicket(request.jsonBody());
    state.requireLive(id); // Zendesk answers 404 before it looks at the values
    TicketChanges changes = TicketChanges.parse(ticket, state);
    return JsonResponses.ok(state.applyUpdate(id, changes, "put"));
  }

  Response updateMany(ApiRequest request, Matcher path) {
    ObjectNode body = request.jsonBody();
    List<JobStatuses.Item> items = new ArrayList<>();
    String ids = request.param("ids");
    if (ids != null && !ids.isBlank()) {
      JsonNode shared = TicketChanges.unwrapTicket(body);
      for (String id : ids.split(",")) {
        items.add(new JobStatuses.Item(items.size(), parseId(id.trim()), shared));
      }
    } else {
      JsonNode tickets = body.get("tickets");
      if (tickets == null || !tickets.isArray()) {
        throw JsonResponses.badRequest("InvalidJSON", "Expected {\"tickets\":[...]} or ?ids= with {\"ticket\":{...}}");
      }
      for (JsonNode ticket : tickets) {
        JsonNode id = ticket.get("id");
        items.add(new JobStatuses.Item(items.size(),
            id != null && id.canConvertToLong() ? id.asLong() : null, ticket));
      }
    }
    if (items.isEmpty()) {
      throw JsonResponses.badRequest("InvalidValue", "No tickets to update");
    }
    if (items.size() > MAX_BATCH) {
      throw JsonResponses.badRequest("InvalidValue",
          "Too many tickets: at most " + MAX_BATCH + " per request, got " + items.size());
    }
    return JsonResponses.ok(jobs.submit(items));
  }

  private static Long parseId(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
