package io.shiftlead.connectors.freshdesk.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One conversation entry (reply or note). {@code private:true} is an agent-only note;
 * {@code incoming:true} came from outside (the customer's side).
 */
public record WireConversation(
    Long id,
    Long ticketId,
    Long userId,
    String body,
    String bodyText,
    Boolean incoming,
    @JsonProperty("private") Boolean isPrivate,
    Integer source,
    Instant createdAt) {}
