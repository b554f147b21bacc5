package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ConnectorStatus;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/status}: one object per connector (cursor, counts, last error), limited to
 * the connectors the caller's token is scoped to.
 */
@Path("/v1/status")
public class StatusResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, List<ConnectorStatus>> status(@Context SecurityContext caller) {
    // a token scoped to some connectors sees only those
    return Map.of("connectors", lifecycle.runtime().map(r -> r.status().stream()
        .filter(c -> TokenSecurityContext.mayRead(caller, c.name())).toList()).orElse(List.of()));
  }
}
