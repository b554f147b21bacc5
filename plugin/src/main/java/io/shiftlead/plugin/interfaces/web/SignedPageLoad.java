package io.shiftlead.plugin.interfaces.web;

import io.shiftlead.plugin.infrastructure.security.ApiAccess;
import io.shiftlead.plugin.infrastructure.security.Role;
import io.shiftlead.plugin.infrastructure.security.ZendeskSignedLoads;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The first load of a Zendesk app location with {@code signedUrls}: Zendesk POSTs the page URL
 * with form field {@code token}, an RS256 JWT. A token that verifies
 * ({@link ZendeskSignedLoads}) gets the page with a fresh Shiftlead session token in a {@code
 * <meta name="shiftlead-session">} (no inline script: the CSP stays strict), which the page sends
 * as {@code Authorization: Bearer}. A forged, expired, unsigned or foreign token gets 401 and a
 * page that says why. Without {@code security.zendeskApps} the page is served as a GET would be
 * (it is static and public; only a session needs the signature). Plain Java: the filter only
 * writes the {@link Answer}.
 */
final class SignedPageLoad {
  /** What to send: status, HTML, and the line to log (never the token). */
  record Answer(int status, String html, String log) {}

  private SignedPageLoad() {}

  /**
   * @param page the page path below the context, e.g. {@code /sidebar/} or {@code
   *     /admin/index.html}
   * @param read reads a static page by path ({@code /sidebar/index.html}); null when missing
   */
  static Answer answer(ApiAccess access, String page, String token,
      Function<String, String> read) {
    Optional<String> index = index(page);
    if (index.isEmpty()) {
      return new Answer(405, refusal("Only the sidebar and console pages accept a signed load."),
          null);
    }
    String html = read.apply(index.get());
    if (html == null) {
      return new Answer(404, refusal("No such page."), null);
    }
    if (!access.signedLoads().configured()) {
      return new Answer(200, html, null);
    }
    ZendeskSignedLoads.Verified load;
    try {
      load = access.signedLoads().verify(token);
    } catch (ZendeskSignedLoads.Refused e) {
      return new Answer(401, refusal("Shiftlead could not verify that Zendesk opened this app: "
          + e.getMessage()), "signed Zendesk load of " + index.get() + " refused: "
          + e.getMessage());
    }
    var installation = load.installation();
    String session = access.sessions().issue(installation.name(), installation.connector(),
        Role.of(installation.role()), load.user());
    String meta = "\n  <meta name=\"shiftlead-session\" content=\"" + attr(session) + "\">"
        + "\n  <meta name=\"shiftlead-connector\" content=\"" + attr(installation.connector())
        + "\">"
        + "\n  <meta name=\"shiftlead-session-seconds\" content=\""
        + access.sessions().lifetime().toSeconds() + "\">";
    int head = html.toLowerCase(Locale.ROOT).indexOf("<head>");
    String withSession = head < 0 ? meta + html
        : html.substring(0, head + 6) + meta + html.substring(head + 6);
    return new Answer(200, withSession, "signed Zendesk load of " + index.get() + " accepted:"
        + " installation " + installation.name() + ", user " + load.user() + ", location "
        + load.location() + "; session for connector " + installation.connector() + " as "
        + installation.role());
  }

  private static Optional<String> index(String page) {
    for (String dir : new String[] {"/sidebar/", "/admin/"}) {
      if (page.equals(dir) || page.equals(dir + "index.html")) {
        return Optional.of(dir + "index.html");
      }
    }
    return Optional.empty();
  }

  private static String refusal(String message) {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Shiftlead</title></head>\n<body><p role=\"alert\">" + attr(message)
        + "</p>\n<p>Reload the app in the helpdesk; if this stays, ask your Shiftlead admin to"
        + " check security.zendeskApps (docs/install.md).</p></body></html>\n";
  }

  private static String attr(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
