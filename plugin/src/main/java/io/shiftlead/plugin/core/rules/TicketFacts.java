package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.Ticket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A ticket as rules see it at one instant: the ticket itself, the evaluation instant (from an
 * injected clock, never read here) and the counts and texts derived once (on first use) so that
 * fifty rules do not each re-scan the conversation. Immutable and thread-safe.
 */
public final class TicketFacts {
  private final Ticket ticket;
  private final Instant at;
  private final BusinessTime businessTime;
  private volatile ZonedDateTime local;
  private final Conversation conversation;
  // word indexes of subject and body, built on first use: rules search them for phrases
  private Words.Indexed subjectWords;
  private Words.Indexed bodyWords;

  private TicketFacts(Ticket ticket, Instant at, BusinessTime businessTime) {
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.at = Objects.requireNonNull(at, "at");
    this.businessTime = Objects.requireNonNull(businessTime, "businessTime");
    this.conversation = Conversation.of(ticket);
  }

  public static TicketFacts of(Ticket ticket, Instant at, BusinessTime businessTime) {
    return new TicketFacts(ticket, at, businessTime);
  }

  /** Facts at the clock's current instant; the clock is the caller's (tests pass a fixed one). */
  public static TicketFacts of(Ticket ticket, Clock clock, BusinessTime businessTime) {
    return new TicketFacts(ticket, clock.instant(), businessTime);
  }

  public Ticket ticket() {
    return ticket;
  }

  public Instant at() {
    return at;
  }

  public BusinessTime businessTime() {
    return businessTime;
  }

  public ZonedDateTime local() {
    ZonedDateTime l = local;
    if (l == null) {
      l = at.atZone(businessTime.zone());
      local = l;
    }
    return l;
  }

  public Conversation conversation() {
    return conversation;
  }

  public Set<String> tags() {
    return conversation.tags();
  }

  /** Whether {@link #wordsOf} indexes this field. */
  boolean indexes(String fieldName) {
    return fieldName.equals("subject") || fieldName.equals("body");
  }

  /**
   * The words of a text fact, when it is one we index ({@code subject}, {@code body}); null
   * otherwise. Racy but safe: the sets are immutable, at worst two threads build the same one.
   */
  Words.Indexed wordsOf(String fieldName) {
    if (fieldName.equals("subject")) {
      Words.Indexed words = subjectWords;
      return words != null ? words : (subjectWords = Words.index(conversation.subject()));
    }
    if (fieldName.equals("body")) {
      Words.Indexed words = bodyWords;
      return words != null ? words : (bodyWords = Words.index(conversation.body()));
    }
    return null;
  }
}
