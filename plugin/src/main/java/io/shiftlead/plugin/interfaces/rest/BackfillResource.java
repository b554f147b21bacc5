package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/connectors/{connector}/backfill?from=2024-01-31} rewinds the connector's
 * ticket stream to {@code from} at its next pull (202 with the progress); {@code GET} shows the
 * progress: tickets and pages pulled, share of the time span covered, ETA, started and finished.
 */
@Path("/v1/connectors/{connector}/backfill")
@Produces(MediaType.APPLICATION_JSON)
public class BackfillResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @POST
  public Response start(@PathParam("connector") String connector,
      @QueryParam("from") String from) {
    return AdminResource.call(lifecycle, api -> api.startBackfill(connector, from));
  }

  @GET
  public Response progress(@PathParam("connector") String connector) {
    return AdminResource.call(lifecycle, api -> api.backfill(connector));
  }
}
