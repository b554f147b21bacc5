package io.shiftlead.connectors.zammad.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.zammad.ZammadClient;
import io.shiftlead.connectors.zammad.wire.WireArticle;
import java.util.Arrays;
import java.util.List;

/**
 * A ticket's articles ({@code GET /api/v1/ticket_articles/by_ticket/{id}}: the whole conversation in
 * one array, no pagination documented). Notes are not posted here: the ticket PUT carries them.
 */
public final class ArticlesApi {
  private final ZammadClient client;

  public ArticlesApi(ZammadClient client) {
    this.client = client;
  }

  public List<WireArticle> byTicket(long ticketId) throws ConnectorException {
    WireArticle[] articles = client.get("articles of ticket " + ticketId,
        client.url("api/v1/ticket_articles/by_ticket/" + ticketId).build(), WireArticle[].class);
    return Arrays.asList(articles);
  }
}
