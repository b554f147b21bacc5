package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** {@code GET /api/v1/connectors/{connector}/tickets/{id}}: the store's copy of a ticket. */
@Path("/v1/connectors/{connector}/tickets/{id}")
public class TicketResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response ticket(@PathParam("connector") String connector, @PathParam("id") String id) {
    return lifecycle.runtime()
        .flatMap(r -> r.tickets().find(connector, id))
        .map(t -> Response.ok(t).build())
        .orElseGet(() -> Response.status(404)
            .entity(Map.of("error", "Shiftlead has not seen ticket " + id + " of " + connector))
            .build());
  }
}
