package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.core.sla.SlaWire;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
      @PathParam("ticketId") String ticketId) {
    return lifecycle.runtime()
        .filter(r -> r.knowsConnector(connector))
        .flatMap(r -> r.tickets().find(connector, ticketId)
            .map(t -> Response.ok(SlaWire.ticket(r.sla().compute(t, Instant.now()))).build()))
        .orElseGet(() -> Response.status(404).type(MediaType.APPLICATION_JSON)
            .entity(Map.of("error", "Shiftlead has not seen ticket " + ticketId + " of "
                + connector)).build());
  }
}
