package io.shiftlead.connectors.freshdesk;

import java.util.List;
import okhttp3.HttpUrl;

/**
 * One page of a Freshdesk list endpoint: the bare JSON array and the {@code Link: rel="next"} target
 * (null on the last page).
 */
public record Listing<T>(List<T> items, HttpUrl next) {
  public Listing {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public boolean hasNext() {
    return next != null;
  }

  /** The {@code page} query parameter of the next link, or -1 when there is none or it is unreadable. */
  public int nextPageNumber() {
    String page = next == null ? null : next.queryParameter("page");
    try {
      return page == null ? -1 : Integer.parseInt(page.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
