package io.shiftlead.connectors.zendesk.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A ticket comment; {@code public:false} is an internal note. */
public record WireComment(
    Long id,
    Long authorId,
    String body,
    String htmlBody,
    String plainBody,
    @JsonProperty("public") Boolean isPublic,
    WireVia via,
    Instant createdAt) {}
