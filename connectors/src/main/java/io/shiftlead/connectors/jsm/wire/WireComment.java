package io.shiftlead.connectors.jsm.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request comment. {@code body} is a tree because it is plain/wiki text from the servicedesk API
 * but an ADF document where platform payloads (webhooks) are passed through.
 */
public record WireComment(
    String id,
    JsonNode body,
    @JsonProperty("public") Boolean isPublic,
    WireUser author,
    WireDate created,
    WireRenderedBody renderedBody) {}
