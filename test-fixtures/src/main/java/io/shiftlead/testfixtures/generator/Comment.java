package io.shiftlead.testfixtures.generator;

import java.time.Instant;

/**
 * One comment of a ticket conversation. {@code body} is always plain text; {@code htmlBody} is set
 * only when the author wrote HTML (an HTML e-mail, a formatted agent reply), else null. {@code
 * isPublic == false} is an internal note.
 */
public record Comment(
    long id,
    long authorId,
    String body,
    String htmlBody,
    boolean isPublic,
    String channel,
    Instant createdAt) {}
