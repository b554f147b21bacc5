package io.shiftlead.plugin.core.qa;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds tickets with a conversation for QA tests: customer and agent turns, minutes apart. */
public final class TicketBuilder {
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final List<Comment> comments = new ArrayList<>();
  private Person customer = new Person("u-1", "Emma Clarke", null, null, "en-US",
      AuthorRole.CUSTOMER);
  private final Person agent = new Person("a-1", "Liam Ford", null, null, null, AuthorRole.AGENT);
  private TicketStatus status = TicketStatus.SOLVED;
  private Channel channel = Channel.EMAIL;
  private final List<String> tags = new ArrayList<>();
  private final Map<String, Object> fields = new HashMap<>();
  private int minute;

  public static TicketBuilder ticket() {
    return new TicketBuilder();
  }

  public TicketBuilder customerNamed(String name, String locale) {
    customer = new Person("u-1", name, null, null, locale, AuthorRole.CUSTOMER);
    return this;
  }

  public TicketBuilder customer(String body) {
    return customerAt(minute, body);
  }

  public TicketBuilder customerAt(int atMinute, String body) {
    minute = atMinute;
    comments.add(new Comment("c" + comments.size(), customer, true, T0.plusSeconds(60L * minute),
        body));
    return this;
  }

  public TicketBuilder agent(String body) {
    return agentAt(minute + 10, body);
  }

  public TicketBuilder agentAt(int atMinute, String body) {
    minute = atMinute;
    comments.add(new Comment("r" + comments.size(), agent, true, T0.plusSeconds(60L * minute),
        body));
    return this;
  }

  public TicketBuilder internalNote(String body) {
    comments.add(new Comment("n" + comments.size(), agent, false, T0.plusSeconds(60L * ++minute),
        body));
    return this;
  }

  public TicketBuilder status(TicketStatus value) {
    status = value;
    return this;
  }

  public TicketBuilder channel(Channel value) {
    channel = value;
    return this;
  }

  public TicketBuilder tag(String tag) {
    tags.add(tag);
    return this;
  }

  public TicketBuilder field(String key, Object value) {
    fields.put(key, value);
    return this;
  }

  public Ticket build() {
    return new Ticket("4711", "zendesk", "Question", status, null, channel, T0, T0, customer,
        agent, "Support", tags, fields, comments, List.of(), List.of(), false, comments.size());
  }

  public Conversation conversation() {
    return Conversation.of(build());
  }
}
