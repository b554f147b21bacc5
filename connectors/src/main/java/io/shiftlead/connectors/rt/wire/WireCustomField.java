package io.shiftlead.connectors.rt.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One entry of a ticket's {@code CustomFields}: every visible CF of the queue, {@code values} may be empty. */
public record WireCustomField(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("values") List<String> values) {}
