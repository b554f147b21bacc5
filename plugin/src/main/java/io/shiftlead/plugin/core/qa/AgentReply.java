package io.shiftlead.plugin.core.qa;

import io.shiftlead.connectors.spi.model.Comment;
import java.util.Objects;

/**
 * A public agent reply as the checks see it.
 *
 * @param ownText the reply without quoted earlier messages ({@code >} lines, "On ... wrote:"
 *     blocks): checks grade only what the agent wrote
 * @param customerBefore the customer's public messages since the previous agent reply, quotes
 *     removed; empty when the agent wrote first
 * @param firstInConversation true for the conversation's first public agent reply (greetings are
 *     only expected there)
 * @param lastInConversation true for the latest public agent reply (closings and "anything else?")
 */
public record AgentReply(
    Comment comment,
    String ownText,
    String customerBefore,
    boolean firstInConversation,
    boolean lastInConversation) {

  public AgentReply {
    Objects.requireNonNull(comment, "comment");
    ownText = ownText == null ? "" : ownText;
    customerBefore = customerBefore == null ? "" : customerBefore;
  }

  public String id() {
    return comment.id();
  }
}
