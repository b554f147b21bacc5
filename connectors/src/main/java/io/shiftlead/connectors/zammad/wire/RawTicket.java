package io.shiftlead.connectors.zammad.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** A ticket read into its known fields plus the raw object, which holds the custom attributes. */
public record RawTicket(WireTicket ticket, JsonNode json) {}
