package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/audit?connector=&ticket=&rule=&from=&to=} (admin): the write-backs across
 * tickets, newest first, each with its change, the rules and reasons behind it, and its fate.
 */
@Path("/v1/audit")
public class AuditResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response audit(@QueryParam("connector") String connector,
      @QueryParam("ticket") String ticket, @QueryParam("rule") String rule,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return AdminResource.call(lifecycle, api -> api.audit(connector, ticket, rule, from, to));
  }
}
