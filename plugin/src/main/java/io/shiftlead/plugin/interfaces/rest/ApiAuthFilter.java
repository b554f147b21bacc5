package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import io.shiftlead.plugin.infrastructure.security.ApiAccess;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Map;

/**
 * Every request under {@code /api} passes here before it is matched to a resource, so endpoints
 * added later are covered too; {@link ApiAccess} decides (webhooks are public, they carry vendor
 * signatures). Callers are the configured tokens and the session tokens issued after a signed
 * Zendesk load. A state-changing request from a foreign browser {@code Origin} is refused first
 * ({@link io.shiftlead.plugin.infrastructure.security.OriginPolicy}). A refusal is 401 (with
 * {@code WWW-Authenticate}) or 403 with a JSON reason; the token itself is never logged or echoed.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthFilter implements ContainerRequestFilter {
  @Inject
  ShiftleadLifecycle lifecycle;

  @Override
  public void filter(ContainerRequestContext request) {
    ApiAccess access = lifecycle.access().orElse(null);
    if (access == null) {
      request.abortWith(error(503, "Shiftlead has not started"));
      return;
    }
    String path = request.getUriInfo().getPath();
    String crossSite = path.startsWith("v1/webhooks/") || path.startsWith("/v1/webhooks/")
        ? null : access.origins().refusal(request.getMethod(), request.getHeaderString("Origin"),
            Arrays.asList(request.getHeaderString(HttpHeaders.HOST),
                request.getHeaderString("X-Forwarded-Host")));
    if (crossSite != null) {
      request.abortWith(error(403, crossSite));
      return;
    }
    ApiAccess.Decision decision = access.decide(request.getMethod(), path,
        request.getHeaderString(HttpHeaders.AUTHORIZATION),
        request.getUriInfo().getQueryParameters().getFirst("connector"));
    if (decision.allowed()) {
      if (decision.principal() != null) {
        request.setSecurityContext(new TokenSecurityContext(decision.principal(),
            request.getSecurityContext() != null && request.getSecurityContext().isSecure()));
      }
      return;
    }
    Response.ResponseBuilder refusal = Response.status(decision.status())
        .type(MediaType.APPLICATION_JSON).entity(Map.of("error", decision.error()));
    if (decision.status() == 401) {
      refusal.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shiftlead\"");
    }
    request.abortWith(refusal.build());
  }

  private static Response error(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message)).build();
  }
}
