package io.shiftlead.connectors.rt.api;

import io.shiftlead.connectors.rt.RtClient;
import io.shiftlead.connectors.rt.wire.WireAttachment;
import io.shiftlead.connectors.rt.wire.WireCollection;
import io.shiftlead.connectors.rt.wire.WireTransaction;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * A ticket's history (transactions, oldest first) and the bodies of its messages. Bodies come from
 * one {@code GET /ticket/{id}/attachments} per page instead of one call per transaction; asking that
 * collection for {@code Parent} makes RT 5.0.3 answer 500, so it is not asked.
 */
public final class HistoryApi {
  private static final int PER_PAGE = 100;
  /** A guard against a server that never ends a collection: 200 pages = 20,000 entries. */
  private static final int MAX_PAGES = 200;

  private final RtClient client;

  public HistoryApi(RtClient client) {
    this.client = client;
  }

  public List<WireTransaction> transactions(long ticketId) throws ConnectorException {
    return all("history of ticket " + ticketId, client.url("ticket/" + ticketId + "/history")
        .addQueryParameter("fields", "Type,Creator,Created,Field,OldValue,NewValue")
        .addQueryParameter("fields[Creator]", "Name,EmailAddress,RealName"), WireTransaction.class);
  }

  public List<WireAttachment> attachments(long ticketId) throws ConnectorException {
    return all("attachments of ticket " + ticketId, client.url("ticket/" + ticketId + "/attachments")
        .addQueryParameter("fields", "TransactionId,ContentType,Content,Headers"), WireAttachment.class);
  }

  private <T> List<T> all(String what, HttpUrl.Builder url, Class<T> item) throws ConnectorException {
    List<T> items = new ArrayList<>();
    url.addQueryParameter("per_page", Integer.toString(PER_PAGE));
    for (int page = 1; page <= MAX_PAGES; page++) {
      WireCollection<T> collection = client.get(what + " page " + page,
          url.setQueryParameter("page", Integer.toString(page)).build(), client.collectionOf(item));
      items.addAll(collection.itemsOrEmpty());
      if (collection.isLast(page)) {
        break;
      }
    }
    return items;
  }
}
