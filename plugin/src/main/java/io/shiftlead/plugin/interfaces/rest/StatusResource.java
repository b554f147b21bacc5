package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.metrics.PrometheusText;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/status}: one object per connector (cursor, counts, last error) and this
 * member's {@code cluster} section (leases held, Payara Data Grid members), limited to the
 * connectors the caller's token is scoped to. {@code GET /api/v1/status/metrics}: the same as
 * Prometheus series (manager token, like the status).
 */
@Path("/v1/status")
public class StatusResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> status(@Context SecurityContext caller) {
    // a token scoped to some connectors sees only those
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("connectors", lifecycle.runtime().map(r -> r.status().stream()
        .filter(c -> TokenSecurityContext.mayRead(caller, c.name())).toList()).orElse(List.of()));
    lifecycle.runtime().ifPresent(r -> result.put("cluster",
        r.clusterStatus(c -> TokenSecurityContext.mayRead(caller, c))));
    return result;
  }

  @GET
  @Path("metrics")
  @Produces({"text/plain", "*/*"})
  public Response metrics(@Context SecurityContext caller) {
    return lifecycle.runtime()
        .map(r -> Response.ok(PrometheusText.format(
                r.metrics(c -> TokenSecurityContext.mayRead(caller, c))))
            .type(PrometheusText.CONTENT_TYPE).build())
        .orElseGet(() -> Response.status(503).type(MediaType.TEXT_PLAIN)
            .entity("Shiftlead has not started\n").build());
  }
}
