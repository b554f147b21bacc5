package io.shiftlead.plugin.core.qa;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A ticket prepared for grading: its public agent replies with quotes removed, each paired with
 * the customer's words before it, and the conversation's language.
 *
 * @param language lower-case ISO 639-1 code from the requester's locale ({@code pt} for
 *     {@code pt-BR}); {@code en} when the helpdesk sent none
 */
public record Conversation(Ticket ticket, List<AgentReply> replies, String language) {
  public static final String DEFAULT_LANGUAGE = "en";

  public Conversation {
    Objects.requireNonNull(ticket, "ticket");
    replies = List.copyOf(replies);
    language = language == null ? DEFAULT_LANGUAGE : language;
  }

  /** The whole conversation: every public agent reply, in time order. */
  public static Conversation of(Ticket ticket) {
    List<Comment> comments = new ArrayList<>(ticket.comments());
    comments.sort(Comparator.comparing(Comment::createdAt));
    List<AgentReply> replies = new ArrayList<>();
    StringBuilder customer = new StringBuilder();
    int agentReplies = (int) comments.stream().filter(Comment::isPublicAgentReply).count();
    for (Comment comment : comments) {
      if (!comment.isPublic()) {
        continue;
      }
      if (comment.author().role() == AuthorRole.CUSTOMER) {
        customer.append(customer.length() == 0 ? "" : "\n").append(QuotedText.strip(comment.body()));
      } else if (comment.author().role() == AuthorRole.AGENT) {
        replies.add(new AgentReply(comment, QuotedText.strip(comment.body()), customer.toString(),
            replies.isEmpty(), replies.size() == agentReplies - 1));
        customer.setLength(0);
      }
    }
    return new Conversation(ticket, replies, languageOf(ticket));
  }

  /** One conversation per reply, for {@code --per-reply}: each reply graded on its own. */
  public static List<Conversation> perReply(Ticket ticket) {
    Conversation whole = of(ticket);
    List<Conversation> single = new ArrayList<>();
    for (AgentReply reply : whole.replies()) {
      AgentReply alone = new AgentReply(reply.comment(), reply.ownText(), reply.customerBefore(),
          reply.firstInConversation(), true);
      single.add(new Conversation(ticket, List.of(alone), whole.language()));
    }
    return single;
  }

  static String languageOf(Ticket ticket) {
    String tag = ticket.requester() == null ? null : ticket.requester().locale();
    if (tag == null || tag.isBlank()) {
      return DEFAULT_LANGUAGE;
    }
    String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
    return language.isEmpty() ? DEFAULT_LANGUAGE : language;
  }

  public boolean hasReplies() {
    return !replies.isEmpty();
  }

  /** Everything the customer wrote in public, quotes removed. */
  public String customerText() {
    StringBuilder text = new StringBuilder();
    replies.forEach(r -> text.append(r.customerBefore()).append('\n'));
    return text.toString();
  }

  public AgentReply first() {
    return replies.get(0);
  }

  public AgentReply last() {
    return replies.get(replies.size() - 1);
  }
}
