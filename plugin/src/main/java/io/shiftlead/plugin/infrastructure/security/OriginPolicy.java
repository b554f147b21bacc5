package io.shiftlead.plugin.infrastructure.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Defence in depth against cross-site request forgery. The API authenticates with a Bearer header
 * that pages add in JavaScript, never with cookies, so a forged cross-site request carries no
 * credentials; but the demo runs without tokens, and a browser adds {@code Origin} to every
 * cross-site POST. A state-changing request whose {@code Origin} is neither this server (its
 * {@code Host}), a helpdesk host that frames our pages, nor listed in {@code
 * security.allowedOrigins} is refused. Requests without {@code Origin} (servers, curl, the
 * helpdesks' proxies) pass: they are not driven by a victim's browser.
 */
public final class OriginPolicy {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  /** The helpdesk hosts whose pages frame ours (the same list as the CSP frame-ancestors). */
  private static final List<Pattern> HELPDESKS = List.of(
      Pattern.compile("https://[a-z0-9-]+\\.zendesk\\.com"),
      Pattern.compile("https://[a-z0-9-]+\\.zdusercontent\\.com"),
      Pattern.compile("https://[a-z0-9-]+\\.freshdesk\\.com"),
      Pattern.compile("https://[a-z0-9.-]+\\.freshworks\\.com"));

  private final List<String> allowed;

  public OriginPolicy(List<String> allowed) {
    this.allowed = allowed.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * @param method the HTTP method
   * @param origin the {@code Origin} header, may be null
   * @param hosts the {@code Host} header and, behind a proxy, {@code X-Forwarded-Host}: what the
   *     browser addressed
   * @return null when allowed, else the reason for a 403
   */
  public String refusal(String method, String origin, List<String> hosts) {
    if (SAFE.contains(method.toUpperCase(Locale.ROOT)) || origin == null) {
      return null;
    }
    String o = origin.trim().toLowerCase(Locale.ROOT);
    if (allowed.contains(o) || HELPDESKS.stream().anyMatch(p -> p.matcher(o).matches())) {
      return null;
    }
    String authority = authority(o);
    if (authority != null) {
      for (String host : hosts) {
        if (host != null && authority.equals(host.trim().toLowerCase(Locale.ROOT))) {
          return null;
        }
      }
    }
    return "cross-site request refused: Origin " + ZendeskSignedLoads.safe(origin)
        + " is not this server, a helpdesk, or listed in security.allowedOrigins";
  }

  private static String authority(String origin) {
    try {
      URI uri = new URI(origin);
      if (uri.getHost() == null || uri.getScheme() == null) {
        return null;
      }
      return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
