package io.shiftlead.connectors.zammad.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.zammad.ZammadClient;
import io.shiftlead.connectors.zammad.wire.RawTicket;
import io.shiftlead.connectors.zammad.wire.WireTicket;
import io.shiftlead.connectors.zammad.wire.ZammadJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Ticket search (the incremental pull), reading one ticket and {@code PUT /api/v1/tickets/{id}}. */
public final class TicketsApi {
  private final ZammadClient client;

  public TicketsApi(ZammadClient client) {
    this.client = client;
  }

  /**
   * One page of {@code GET /api/v1/tickets/search?query=updated_at:>=<since>&sort_by=updated_at&order_by=asc&expand=true}.
   * With {@code expand=true} Zammad answers a bare JSON array of tickets with names resolved.
   */
  public List<RawTicket> updatedSince(Instant since, int page, int perPage) throws ConnectorException {
    JsonNode body = client.get("ticket search page " + page,
        client.url("api/v1/tickets/search")
            .addQueryParameter("query", updatedSinceQuery(since))
            .addQueryParameter("sort_by", "updated_at")
            .addQueryParameter("order_by", "asc")
            .addQueryParameter("expand", "true")
            .addQueryParameter("page", Integer.toString(page))
            .addQueryParameter("per_page", Integer.toString(perPage))
            .build(),
        JsonNode.class);
    if (!body.isArray()) {
      throw new PermanentException("Zammad ticket search did not answer a JSON array (expand=true)");
    }
    List<RawTicket> tickets = new ArrayList<>();
    for (JsonNode node : body) {
      tickets.add(raw(node));
    }
    return tickets;
  }

  /**
   * The search query. Zammad hands it to Elasticsearch's {@code query_string}, where {@code :} is a
   * reserved character: the time's colons are backslash-escaped so that the one-sided range shortcut
   * {@code field:>=value} applies to the whole instant (quoting would turn it into a phrase and lose the
   * operator). The documented examples only show dates; full instants are the Elasticsearch syntax.
   */
  public static String updatedSinceQuery(Instant since) {
    return "updated_at:>=" + since.toString().replace(":", "\\:");
  }

  /** {@code GET /api/v1/tickets/{id}?expand=true}; 404 is thrown as NotFoundException. */
  public RawTicket get(long ticketId) throws ConnectorException {
    JsonNode body = client.get("ticket " + ticketId,
        client.url("api/v1/tickets/" + ticketId).addQueryParameter("expand", "true").build(),
        JsonNode.class);
    return raw(body);
  }

  /** {@code PUT /api/v1/tickets/{id}} with attributes at the top level (and optionally an article). */
  public void update(long ticketId, Map<String, Object> changes) throws ConnectorException {
    client.put("update of ticket " + ticketId, client.url("api/v1/tickets/" + ticketId).build(),
        changes, JsonNode.class);
  }

  private static RawTicket raw(JsonNode node) throws PermanentException {
    if (node == null || !node.isObject()) {
      throw new PermanentException("Zammad answered a ticket that is not a JSON object");
    }
    try {
      return new RawTicket(ZammadJson.mapper().treeToValue(node, WireTicket.class), node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw new PermanentException("unreadable Zammad ticket: " + e.getMessage(), e);
    }
  }
}
