package io.shiftlead.connectors.rt.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One entry of a ticket's history. {@code Type} tells the kinds apart: {@code Create} (first
 * message), {@code Correspond} (public), {@code Comment} (internal), {@code Status}, {@code Set},
 * {@code CustomField}, {@code EmailRecord}, ...
 */
public record WireTransaction(
    @JsonProperty("id") String id,
    @JsonProperty("Type") String type,
    @JsonProperty("Creator") WireRef creator,
    @JsonProperty("Created") Instant created,
    @JsonProperty("Field") String field,
    @JsonProperty("OldValue") String oldValue,
    @JsonProperty("NewValue") String newValue) {}
