package io.shiftlead.connectors.rt.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One MIME part of a transaction. In a collection with {@code fields=Content} RT sends the content
 * decoded and {@code TransactionId} as a plain string (a single record would be base64 and a ref).
 */
public record WireAttachment(
    @JsonProperty("id") String id,
    @JsonProperty("TransactionId") String transactionId,
    @JsonProperty("ContentType") String contentType,
    @JsonProperty("Content") String content,
    @JsonProperty("Headers") String headers) {}
