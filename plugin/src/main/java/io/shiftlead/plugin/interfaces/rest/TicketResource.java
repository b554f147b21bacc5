package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadRuntime;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/connectors/{connector}/tickets/{id}}: the store's copy of a ticket, and
 * {@code .../decisions}: the audit log of every write-back Shiftlead planned for it, with reasons.
 */
@Path("/v1/connectors/{connector}/tickets/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @GET
  public Response ticket(@PathParam("connector") String connector, @PathParam("id") String id) {
    return runtime(connector)
        .flatMap(r -> r.tickets().find(connector, id))
        .map(t -> Response.ok(t).build())
        .orElseGet(() -> notSeen(connector, id));
  }

  @GET
  @Path("/decisions")
  public Response decisions(@PathParam("connector") String connector,
      @PathParam("id") String id, @Context Request request) {
    return runtime(connector)
        .map(r -> {
          var history = r.outbox().history(connector, id);
          return ETags.ok(request, Map.of("ticketId", id, "writeBacks", history), history);
        })
        .orElseGet(() -> notSeen(connector, id));
  }

  private Optional<ShiftleadRuntime> runtime(String connector) {
    return lifecycle.runtime().filter(r -> r.knowsConnector(connector));
  }

  private static Response notSeen(String connector, String id) {
    return Response.status(404).type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", "Shiftlead has not seen ticket " + id + " of " + connector))
        .build();
  }
}
