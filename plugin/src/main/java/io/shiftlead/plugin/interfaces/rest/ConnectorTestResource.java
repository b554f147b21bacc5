package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/connectors/{connector}/test} (admin): the connector's cheapest authenticated
 * read; answers {@code ok} or the typed error, never a secret.
 */
@Path("/v1/connectors/{connector}/test")
public class ConnectorTestResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response test(@PathParam("connector") String connector) {
    return AdminResource.call(lifecycle, api -> api.testConnection(connector));
  }
}
