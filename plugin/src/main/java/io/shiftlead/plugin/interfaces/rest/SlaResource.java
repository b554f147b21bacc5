package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.core.sla.SlaWire;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /api/v1/tickets/{connector}/{ticketId}/sla}: the ticket's SLA metrics now (target,
 * due, elapsed, remaining, state, reasons), computed from the store's copy; the sidebar's badge.
 */
@Path("/v1/tickets/{connector}/{ticketId}/sla")
public class SlaResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response sla(@PathParam("connector") String connector,
      @PathParam("ticketId") String ticketId, @Context Request request) {
    return lifecycle.runtime()
        .filter(r -> r.knowsConnector(connector))
        .flatMap(r -> r.tickets().find(connector, ticketId)
            .map(t -> {
              Map<String, Object> body = SlaWire.ticket(r.sla().compute(t, Instant.now()));
              return ETags.ok(request, body, versionOf(body));
            }))
        .orElseGet(() -> Response.status(404).type(MediaType.APPLICATION_JSON)
            .entity(Map.of("error", "Shiftlead has not seen ticket " + ticketId + " of "
                + connector)).build());
  }

  /**
   * What changes the sidebar's picture: state, due and breach times, not the elapsed/remaining
   * numbers (the sidebar counts down itself); the reason text moves at most once a minute.
   */
  @SuppressWarnings("unchecked")
  private static Object versionOf(Map<String, Object> body) {
    java.util.List<Object> version = new java.util.ArrayList<>();
    version.add(body.get("policy"));
    version.add(body.get("nextChangeAt"));
    for (Object m : (java.util.List<Object>) body.getOrDefault("metrics", java.util.List.of())) {
      Map<String, Object> metric = (Map<String, Object>) m;
      version.add(java.util.List.of(String.valueOf(metric.get("metric")),
          String.valueOf(metric.get("state")), String.valueOf(metric.get("dueAt")),
          String.valueOf(metric.get("breachedAt")), String.valueOf(metric.get("target")),
          String.valueOf(metric.get("reason"))));
    }
    return version;
  }
}
