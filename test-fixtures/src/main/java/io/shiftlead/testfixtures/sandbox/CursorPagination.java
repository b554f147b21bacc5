package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Zendesk's cursor pagination for list endpoints: {@code page[size]}, {@code page[after]},
 * {@code page[before]} in; {@code meta{has_more,after_cursor,before_cursor}} and {@code
 * links{next,prev}} out. Cursors are opaque positions in the (stable, append-only) list.
 */
final class CursorPagination {

  private CursorPagination() {}

  /** Puts one page of {@code items} under {@code key} in {@code envelope}, with meta and links. */
  static void page(ObjectNode envelope, String key, List<ObjectNode> items, ApiRequest request,
      String listUrl, int defaultSize, int maxSize) {
    Integer requested = request.intParam("page[size]");
    int size = Math.max(1, Math.min(maxSize, requested == null ? defaultSize : requested));
    String after = request.param("page[after]");
    String before = request.param("page[before]");
    int from;
    int to;
    if (before != null && !before.isEmpty()) {
      to = (int) Math.min(items.size(), Math.max(0, Cursors.decode(before)));
      from = Math.max(0, to - size);
    } else {
      from = after == null || after.isEmpty()
          ? 0
          : (int) Math.min(items.size(), Math.max(0, Cursors.decode(after) + 1));
      to = Math.min(items.size(), from + size);
    }
    ArrayNode array = envelope.putArray(key);
    items.subList(from, to).forEach(array::add);
    boolean empty = from == to;
    boolean hasMore = before != null && !before.isEmpty() ? from > 0 : to < items.size();
    String afterCursor = empty ? null : Cursors.encode(to - 1);
    String beforeCursor = empty ? null : Cursors.encode(from);
    ObjectNode meta = envelope.putObject("meta");
    meta.put("has_more", hasMore);
    meta.put("after_cursor", afterCursor);
    meta.put("before_cursor", beforeCursor);
    ObjectNode links = envelope.putObject("links");
    links.put("next", afterCursor == null ? null : link(listUrl, size, "page[after]", afterCursor));
    links.put("prev", beforeCursor == null ? null : link(listUrl, size, "page[before]", beforeCursor));
  }

  private static String link(String listUrl, int size, String param, String cursor) {
    String separator = listUrl.contains("?") ? "&" : "?";
    return listUrl + separator + "page%5Bsize%5D=" + size + "&" + encode(param) + "=" + encode(cursor);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
