package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.security.ApiAccess;
import io.shiftlead.plugin.infrastructure.security.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The authenticated token as JAX-RS sees it: resources take {@code @Context SecurityContext} and
 * ask {@link #mayRead(SecurityContext, String)} to keep a scoped token to its own connectors.
 */
final class TokenSecurityContext implements SecurityContext {
  private final ApiAccess.Principal principal;
  private final boolean secure;

  TokenSecurityContext(ApiAccess.Principal principal, boolean secure) {
    this.principal = principal;
    this.secure = secure;
  }

  /** True when no token was needed (open API) or the token's scope includes the connector. */
  static boolean mayRead(SecurityContext context, String connector) {
    // the injected context may be a proxy: ask it for the principal rather than test its class
    Principal user = context == null ? null : context.getUserPrincipal();
    if (user instanceof TokenPrincipal token) {
      return token.principal().mayRead(connector);
    }
    return true;
  }

  /** The token by name; its value is not kept here. */
  record TokenPrincipal(ApiAccess.Principal principal) implements Principal {
    @Override
    public String getName() {
      return principal.name();
    }
  }

  @Override
  public Principal getUserPrincipal() {
    return new TokenPrincipal(principal);
  }

  @Override
  public boolean isUserInRole(String role) {
    try {
      return principal.role().includes(Role.of(role));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return "Bearer";
  }
}
