package io.shiftlead.connectors.spi.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of a ticket's conversation.
 *
 * @param isPublic {@code false} is an internal note, seen by agents only
 * @param body plain text (adapters strip HTML)
 */
public record Comment(String id, Person author, boolean isPublic, Instant createdAt, String body) {
  public Comment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
    body = body == null ? "" : body;
  }

  public boolean isPublicAgentReply() {
    return isPublic && author.role() == AuthorRole.AGENT;
  }
}
