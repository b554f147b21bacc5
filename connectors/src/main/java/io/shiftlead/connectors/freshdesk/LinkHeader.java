package io.shiftlead.connectors.freshdesk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Reads the {@code rel="next"} target of an RFC 8288 {@code Link} header, which Freshdesk sends on
 * list responses while more pages exist: {@code <https://acme.freshdesk.com/api/v2/tickets?page=2>; rel="next"}.
 */
final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
  private static final Pattern REL_NEXT = Pattern.compile("(?i);\\s*rel\\s*=\\s*\"?([^\";]*)\"?");

  private LinkHeader() {}

  /** The next page's URL, or null when the header is absent, has no next link or is unreadable. */
  static HttpUrl next(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    Matcher link = LINK.matcher(header);
    while (link.find()) {
      Matcher rel = REL_NEXT.matcher(link.group(2));
      while (rel.find()) {
        for (String value : rel.group(1).trim().split("\\s+")) {
          if ("next".equalsIgnoreCase(value)) {
            return HttpUrl.parse(link.group(1).trim());
          }
        }
      }
    }
    return null;
  }
}
