package io.shiftlead.connectors.zendesk.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** One {@code custom_fields} entry; the value is a string, number, boolean, array or null. */
public record WireCustomField(Long id, JsonNode value) {}
