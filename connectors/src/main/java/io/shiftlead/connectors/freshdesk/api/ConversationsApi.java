package io.shiftlead.connectors.freshdesk.api;

import io.shiftlead.connectors.freshdesk.FreshdeskClient;
import io.shiftlead.connectors.freshdesk.Listing;
import io.shiftlead.connectors.freshdesk.wire.WireConversation;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/** A ticket's replies and notes ({@code /api/v2/tickets/{id}/conversations}) and posting a private note. */
public final class ConversationsApi {
  private static final int PAGE_SIZE = 100;
  /** A guard against a server that keeps sending a next link: 300 pages = 30,000 entries. */
  private static final int MAX_PAGES = 300;

  private final FreshdeskClient client;

  public ConversationsApi(FreshdeskClient client) {
    this.client = client;
  }

  /** Every conversation entry of the ticket, oldest first, following {@code Link: rel="next"}. */
  public List<WireConversation> list(long ticketId) throws ConnectorException {
    List<WireConversation> entries = new ArrayList<>();
    HttpUrl url = client.url("api/v2/tickets/" + ticketId + "/conversations")
        .addQueryParameter("per_page", Integer.toString(PAGE_SIZE))
        .addQueryParameter("page", "1")
        .build();
    for (int page = 0; page < MAX_PAGES && url != null; page++) {
      Listing<WireConversation> listing = client.list("conversations of ticket " + ticketId, url,
          WireConversation[].class, false);
      entries.addAll(listing.items());
      url = listing.next();
    }
    return entries;
  }

  /**
   * {@code POST /api/v2/tickets/{id}/notes} with {@code {"body": html, "private": true}}. Not retried
   * on transient failures (see {@link FreshdeskClient#postOnce}).
   */
  public WireConversation addPrivateNote(long ticketId, String htmlBody) throws ConnectorException {
    return client.postOnce("note on ticket " + ticketId,
        client.url("api/v2/tickets/" + ticketId + "/notes").build(),
        Map.of("body", htmlBody, "private", true), WireConversation.class);
  }
}
