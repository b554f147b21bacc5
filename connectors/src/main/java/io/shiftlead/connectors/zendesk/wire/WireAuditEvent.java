package io.shiftlead.connectors.zendesk.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of a ticket audit. Only {@code Create} and {@code Change} events with a {@code
 * field_name} are read; {@code value} and {@code previous_value} are strings for status but arrays
 * or numbers for other fields, hence JSON nodes.
 */
public record WireAuditEvent(
    Long id, String type, String fieldName, JsonNode value, JsonNode previousValue) {}
