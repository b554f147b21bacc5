package io.shiftlead.connectors.jsm.api;

import io.shiftlead.connectors.jsm.JsmClient;
import io.shiftlead.connectors.jsm.wire.CommentPage;
import io.shiftlead.connectors.jsm.wire.NewComment;
import io.shiftlead.connectors.jsm.wire.WireComment;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * A request's conversation through the servicedesk API, which (unlike the platform comment API) says
 * plainly whether a comment is public and returns plain/wiki bodies with an optional rendered HTML.
 */
public final class RequestCommentsApi {
  private static final int PAGE_SIZE = 50;
  /** A guard against a server that never says isLastPage: 1,000 pages = 50,000 comments. */
  private static final int MAX_PAGES = 1000;

  private final JsmClient client;

  public RequestCommentsApi(JsmClient client) {
    this.client = client;
  }

  /** Every comment, public and internal, oldest first. */
  public List<WireComment> list(String key) throws ConnectorException {
    List<WireComment> comments = new ArrayList<>();
    int start = 0;
    for (int page = 0; page < MAX_PAGES; page++) {
      HttpUrl url = base(key)
          .addQueryParameter("public", "true")
          .addQueryParameter("internal", "true")
          .addQueryParameter("start", Integer.toString(start))
          .addQueryParameter("limit", Integer.toString(PAGE_SIZE))
          .addQueryParameter("expand", "renderedBody")
          .build();
      CommentPage response = client.get("comments of request " + key, url, CommentPage.class);
      List<WireComment> values = response.values() == null ? List.of() : response.values();
      comments.addAll(values);
      if (!Boolean.FALSE.equals(response.isLastPage()) || values.isEmpty()) {
        break;
      }
      start += values.size();
    }
    return comments;
  }

  /** {@code POST /rest/servicedeskapi/request/{key}/comment}; answers 201 with the comment. */
  public WireComment add(String key, NewComment comment) throws ConnectorException {
    return client.post((comment.isPublic() ? "public comment" : "internal note") + " on request " + key,
        base(key).build(), comment, WireComment.class);
  }

  private HttpUrl.Builder base(String key) {
    return client.url("rest/servicedeskapi/request").addPathSegment(key).addPathSegment("comment");
  }
}
