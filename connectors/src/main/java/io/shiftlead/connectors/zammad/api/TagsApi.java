package io.shiftlead.connectors.zammad.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.zammad.ZammadClient;
import io.shiftlead.connectors.zammad.wire.TagsResponse;
import java.util.List;
import java.util.Map;

/**
 * Ticket tags. Zammad keeps tags outside the ticket object: the ticket JSON carries none, and the
 * ticket PUT cannot change them, so reading costs one call per ticket and writing one call per tag.
 */
public final class TagsApi {
  private final ZammadClient client;

  public TagsApi(ZammadClient client) {
    this.client = client;
  }

  /** {@code GET /api/v1/tags?object=Ticket&o_id={id}}. */
  public List<String> list(long ticketId) throws ConnectorException {
    TagsResponse response = client.get("tags of ticket " + ticketId,
        client.url("api/v1/tags").addQueryParameter("object", "Ticket")
            .addQueryParameter("o_id", Long.toString(ticketId)).build(),
        TagsResponse.class);
    return response.tags() == null ? List.of() : response.tags();
  }

  /** {@code POST /api/v1/tags/add}; adding a tag the ticket has is harmless. */
  public void add(long ticketId, String tag) throws ConnectorException {
    client.post("adding tag to ticket " + ticketId, client.url("api/v1/tags/add").build(),
        body(ticketId, tag), JsonNode.class);
  }

  /** {@code DELETE /api/v1/tags/remove} with the same body as add. */
  public void remove(long ticketId, String tag) throws ConnectorException {
    client.delete("removing tag from ticket " + ticketId, client.url("api/v1/tags/remove").build(),
        body(ticketId, tag), JsonNode.class);
  }

  private static Map<String, Object> body(long ticketId, String tag) {
    return Map.of("item", tag, "object", "Ticket", "o_id", ticketId);
  }
}
