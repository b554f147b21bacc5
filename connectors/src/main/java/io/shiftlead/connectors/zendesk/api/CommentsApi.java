package io.shiftlead.connectors.zendesk.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.zendesk.ZendeskClient;
import io.shiftlead.connectors.zendesk.wire.CommentsResponse;
import io.shiftlead.connectors.zendesk.wire.WireComment;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/** A ticket's whole conversation, read with cursor pagination and authors sideloaded. */
public final class CommentsApi {
  private static final int PAGE_SIZE = 100;
  /** A guard against a server that keeps saying has_more: 500 pages = 50,000 comments. */
  private static final int MAX_PAGES = 500;

  private final ZendeskClient client;
  private final UsersCache users;

  public CommentsApi(ZendeskClient client, UsersCache users) {
    this.client = client;
    this.users = users;
  }

  public List<WireComment> list(long ticketId) throws ConnectorException {
    List<WireComment> comments = new ArrayList<>();
    String after = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      HttpUrl.Builder url = client.url("api/v2/tickets/" + ticketId + "/comments.json")
          .addQueryParameter("page[size]", Integer.toString(PAGE_SIZE))
          .addQueryParameter("include", "users");
      if (after != null) {
        url.addQueryParameter("page[after]", after);
      }
      CommentsResponse response =
          client.get("comments of ticket " + ticketId, url.build(), CommentsResponse.class);
      users.addAll(response.users());
      if (response.comments() != null) {
        comments.addAll(response.comments());
      }
      if (response.meta() == null || !response.meta().more()) {
        break;
      }
      after = response.meta().afterCursor();
    }
    return comments;
  }
}
