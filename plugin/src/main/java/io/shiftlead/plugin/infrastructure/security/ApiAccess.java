package io.shiftlead.plugin.infrastructure.security;

import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ApiTokenConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.SecurityConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a request to {@code /api/...} may go ahead, from its method, path (relative to
 * {@code /api}) and {@code Authorization} header. Path-prefix based, so resources added later are
 * protected without being listed: unknown paths need the admin role.
 *
 * <ul>
 *   <li>{@code /v1/webhooks/**}: public (each delivery carries the helpdesk's signature).
 *   <li>{@code /v1/tickets/{connector}/**}, {@code /v1/connectors/{connector}/tickets/**}: agent
 *       for reads and QA disputes, reviewer for QA reviews, manager for other writes; and only
 *       for the connectors the caller is scoped to.
 *   <li>{@code /v1/qa/**} (resolving disputes) and reads of {@code /v1/reports/qa/**}
 *       (calibration, coaching): reviewer.
 *   <li>{@code /v1/status}, {@code /v1/reports/**}, {@code /v1/kpi/**}, {@code /v1/dashboard/**}:
 *       manager for reads.
 *   <li>{@code /v1/session}: any signed-in caller (renews a session token).
 *   <li>everything else (rules reload, app packages, connector admin): admin.
 * </ul>
 *
 * <p>A {@code connector} query parameter outside the caller's scope is refused on every path.
 *
 * <p>Callers are the configured tokens and the sessions {@link SessionTokens} issues after a
 * verified signed Zendesk load (ADR 0016). With neither tokens nor Zendesk apps configured the
 * API is open (the demo); {@link #open()} says so, and the caller logs a warning once. Tokens are
 * compared as SHA-256 digests with {@link MessageDigest#isEqual}, which does not stop at the first
 * differing byte, so timing reveals nothing about a token.
 */
public final class ApiAccess {
  private static final Pattern TICKET_PATH =
      Pattern.compile("^/v1/(?:tickets|connectors)/([^/]+)(?:/(.*))?$");
  private static final List<String> PUBLIC = List.of("/v1/webhooks/", "/health");
  private static final List<String> MANAGER_READS =
      List.of("/v1/status", "/v1/reports", "/v1/kpi", "/v1/dashboard");
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final List<Principal> principals;
  private final boolean zendeskApps;
  private final SessionTokens sessions;
  private final ZendeskSignedLoads signedLoads;
  private final OriginPolicy origins;

  /**
   * Who the caller is, once authenticated.
   *
   * @param session the session when the caller sent a session token, else null
   */
  public record Principal(String name, Role role, List<String> connectors, byte[] digest,
      SessionTokens.Session session) {
    public Principal(String name, Role role, List<String> connectors, byte[] digest) {
      this(name, role, connectors, digest, null);
    }

    public boolean mayRead(String connector) {
      return connectors.contains("*") || connectors.contains(connector);
    }

    @Override
    public String toString() {
      return "Principal[" + name + ", " + role.wireName() + ", " + connectors + "]";
    }
  }

  /** The outcome: {@code status} 0 means allowed. */
  public record Decision(int status, String error, Principal principal) {
    public boolean allowed() {
      return status == 0;
    }

    static Decision allow(Principal principal) {
      return new Decision(0, null, principal);
    }

    static Decision deny(int status, String error) {
      return new Decision(status, error, null);
    }
  }

  public ApiAccess(SecurityConfig security) {
    this(security, Clock.systemUTC());
  }

  public ApiAccess(SecurityConfig security, Clock clock) {
    List<Principal> list = new ArrayList<>();
    for (ApiTokenConfig t : security.tokens()) {
      list.add(new Principal(t.name(), Role.of(t.role()), t.connectors(), digest(t.token())));
    }
    this.principals = List.copyOf(list);
    this.zendeskApps = !security.zendeskApps().isEmpty();
    this.sessions = new SessionTokens(security.sessionKey(),
        Duration.ofMinutes(security.sessionMinutes()), clock);
    this.signedLoads = new ZendeskSignedLoads(security.zendeskApps(), clock);
    this.origins = new OriginPolicy(security.allowedOrigins());
  }

  /** Issues and checks session tokens. */
  public SessionTokens sessions() {
    return sessions;
  }

  /** Verifies signed Zendesk loads against {@code security.zendeskApps}. */
  public ZendeskSignedLoads signedLoads() {
    return signedLoads;
  }

  /** Which browser origins may send state-changing requests. */
  public OriginPolicy origins() {
    return origins;
  }

  /** The configured tokens as the console lists them: name, role, connectors, never the token. */
  public List<Principal> principals() {
    return principals;
  }

  /** True when no token and no Zendesk app is configured: every request is allowed. */
  public boolean open() {
    return principals.isEmpty() && !zendeskApps;
  }

  /**
   * @param method HTTP method
   * @param path path below {@code /api}, e.g. {@code /v1/status}
   * @param authorization the {@code Authorization} header, may be null
   */
  public Decision decide(String method, String path, String authorization) {
    return decide(method, path, authorization, null);
  }

  /**
   * @param connectorParam the request's {@code connector} query parameter, may be null
   */
  public Decision decide(String method, String path, String authorization,
      String connectorParam) {
    String p = normalise(path);
    if (p == null) {
      return Decision.deny(400, "malformed path");
    }
    if (PUBLIC.stream().anyMatch(p::startsWith)) {
      return Decision.allow(null);
    }
    if (open()) {
      return Decision.allow(null);
    }
    String bearer = bearer(authorization);
    Principal principal;
    if (bearer != null && bearer.startsWith(SessionTokens.PREFIX)) {
      try {
        SessionTokens.Session session = sessions.verify(bearer);
        principal = new Principal("zendesk:" + session.installation()
            + (session.user() == null ? "" : ":user:" + session.user()), session.role(),
            List.of(session.connector()), new byte[0], session);
      } catch (SessionTokens.Refused e) {
        return Decision.deny(401, e.getMessage());
      }
    } else {
      Optional<Principal> who = authenticate(authorization);
      if (who.isEmpty()) {
        return Decision.deny(401, authorization == null || authorization.isBlank()
            ? "an API token is required: send Authorization: Bearer <token>"
            : "the API token is not valid");
      }
      principal = who.get();
    }
    if (connectorParam != null && !principal.mayRead(connectorParam)) {
      return Decision.deny(403, "token '" + principal.name() + "' may not read connector '"
          + ZendeskSignedLoads.safe(connectorParam) + "'");
    }
    boolean read = READS.contains(method.toUpperCase(Locale.ROOT));
    Matcher ticket = TICKET_PATH.matcher(p);
    Role needed;
    if (ticket.matches() && ticket.group(2) != null
        && (p.startsWith("/v1/tickets/") || ticket.group(2).startsWith("tickets/"))) {
      if (!principal.mayRead(ticket.group(1))) {
        return Decision.deny(403, "token '" + principal.name() + "' may not read connector '"
            + ticket.group(1) + "'");
      }
      boolean post = "POST".equalsIgnoreCase(method);
      // agents may dispute their own QA score, reviewers review; other ticket writes: managers
      needed = read || (p.endsWith("/qa/disputes") && post) ? Role.AGENT
          : p.endsWith("/qa/reviews") && post ? Role.REVIEWER : Role.MANAGER;
    } else if (p.startsWith("/v1/qa/")) {
      needed = Role.REVIEWER; // resolving disputes (the resource checks the dispute's connector)
    } else if (read && (p.equals("/v1/reports/qa") || p.startsWith("/v1/reports/qa/"))) {
      needed = Role.REVIEWER; // calibration and coaching
    } else if (p.equals("/v1/session")) {
      needed = Role.AGENT;
    } else if (read && MANAGER_READS.stream().anyMatch(m -> p.equals(m) || p.startsWith(m + "/"))) {
      needed = Role.MANAGER;
    } else {
      needed = Role.ADMIN;
    }
    if (!principal.role().includes(needed)) {
      return Decision.deny(403, "token '" + principal.name() + "' has role "
          + principal.role().wireName() + "; this needs " + needed.wireName());
    }
    return Decision.allow(principal);
  }

  /** Checks every configured token (no early exit) so timing does not tell which one matched. */
  Optional<Principal> authenticate(String authorization) {
    String token = bearer(authorization);
    if (token == null) {
      return Optional.empty();
    }
    byte[] presented = digest(token);
    Principal match = null;
    for (Principal p : principals) {
      if (MessageDigest.isEqual(p.digest(), presented) && match == null) {
        match = p;
      }
    }
    return Optional.ofNullable(match);
  }

  private static String bearer(String authorization) {
    if (authorization == null) {
      return null;
    }
    String value = authorization.trim();
    if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = value.substring(7).trim();
      return token.isEmpty() ? null : token;
    }
    return null;
  }

  /** Leading slash, no empty, "." or ".." segments (null when the path tries to climb out). */
  static String normalise(String path) {
    if (path == null) {
      return "/";
    }
    String[] parts = path.split("/");
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        return null;
      }
      out.append('/').append(part);
    }
    return out.length() == 0 ? "/" : out.toString();
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
