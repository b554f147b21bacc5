package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import io.shiftlead.plugin.infrastructure.security.ApiAccess;
import io.shiftlead.plugin.infrastructure.security.SessionTokens;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/v1/session}: renews the caller's session token (issued after a signed Zendesk
 * load) before it expires, never past {@link SessionTokens#MAX_AGE} after that load. Static API
 * tokens are not sessions and get 400.
 */
@Path("/v1/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @POST
  public Response renew(@Context SecurityContext security) {
    ApiAccess access = lifecycle.access().orElse(null);
    java.security.Principal user = security == null ? null : security.getUserPrincipal();
    if (access == null || !(user instanceof TokenSecurityContext.TokenPrincipal token)
        || token.principal().session() == null) {
      return Response.status(400).type(MediaType.APPLICATION_JSON)
          .entity(Map.of("error", "only a session token (from a signed Zendesk load) is"
              + " renewed; API tokens do not expire"))
          .build();
    }
    SessionTokens.Session session = token.principal().session();
    String renewed = access.sessions().renew(session);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", renewed);
    body.put("connector", session.connector());
    body.put("role", session.role().wireName());
    body.put("seconds", access.sessions().lifetime().toSeconds());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(body).cacheControl(noStore).build();
  }
}
