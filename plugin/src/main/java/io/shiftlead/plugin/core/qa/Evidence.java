package io.shiftlead.plugin.core.qa;

import java.util.Objects;

/**
 * Why a check decided as it did, pointing at the text that drove it so an agent can see it.
 *
 * @param commentId the reply the span comes from, null when the evidence is about the whole ticket
 * @param span the sentence or words quoted from the reply (or the customer's message), may be empty
 * @param why a short explanation in plain words
 */
public record Evidence(String commentId, String span, String why) {
  public Evidence {
    span = span == null ? "" : span;
    Objects.requireNonNull(why, "why");
  }

  /** One line for notes and logs: {@code "span" (comment c3): why}. */
  public String describe() {
    StringBuilder line = new StringBuilder();
    if (!span.isEmpty()) {
      line.append('"').append(span).append("\" ");
    }
    if (commentId != null) {
      line.append("(comment ").append(commentId).append(") ");
    }
    return line.append("- ").append(why).toString();
  }
}
