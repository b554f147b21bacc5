package io.shiftlead.connectors.rt.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A ticket as {@code GET /ticket/{id}} and {@code /tickets?fields=...} return it. */
public record WireTicket(
    @JsonProperty("id") String id,
    @JsonProperty("Subject") String subject,
    @JsonProperty("Status") String status,
    @JsonProperty("Priority") String priority,
    @JsonProperty("Queue") WireRef queue,
    @JsonProperty("Owner") WireRef owner,
    @JsonProperty("Requestor") List<WireRef> requestors,
    @JsonProperty("Created") Instant created,
    @JsonProperty("LastUpdated") Instant lastUpdated,
    @JsonProperty("CustomFields") List<WireCustomField> customFields) {}
