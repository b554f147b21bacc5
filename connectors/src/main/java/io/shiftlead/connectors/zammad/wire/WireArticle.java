package io.shiftlead.connectors.zammad.wire;

import java.time.Instant;

/**
 * One article of {@code GET /ticket_articles/by_ticket/{id}}. {@code sender} is Agent, Customer or
 * System; {@code internal} true is visible to agents only; {@code origin_by_id} is set when an agent
 * wrote the article on behalf of a customer (phone), and then names the customer.
 */
public record WireArticle(
    Long id,
    Long ticketId,
    String sender,
    String type,
    String from,
    Boolean internal,
    String contentType,
    String body,
    Long createdById,
    String createdBy,
    Long originById,
    Instant createdAt) {}
