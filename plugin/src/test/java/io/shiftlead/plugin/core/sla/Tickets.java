package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A small builder of ticket histories for hand-computed SLA cases. */
final class Tickets {
  private final String id;
  private final Instant created;
  private Priority priority = Priority.NORMAL;
  private String group = "support";
  private final List<String> tags = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<StatusChange> changes = new ArrayList<>();
  private TicketStatus status = TicketStatus.NEW;

  private Tickets(String id, Instant created) {
    this.id = id;
    this.created = created;
    changes.add(new StatusChange(created, null, TicketStatus.NEW));
    comments.add(comment(AuthorRole.CUSTOMER, created));
  }

  static Tickets created(String id, String isoInstant) {
    return new Tickets(id, Instant.parse(isoInstant));
  }

  Tickets priority(Priority p) {
    this.priority = p;
    return this;
  }

  Tickets group(String g) {
    this.group = g;
    return this;
  }

  Tickets tag(String t) {
    tags.add(t);
    return this;
  }

  Tickets status(String isoInstant, TicketStatus to) {
    changes.add(new StatusChange(Instant.parse(isoInstant), status, to));
    status = to;
    return this;
  }

  Tickets agentReply(String isoInstant) {
    comments.add(comment(AuthorRole.AGENT, Instant.parse(isoInstant)));
    return this;
  }

  Tickets customerReply(String isoInstant) {
    comments.add(comment(AuthorRole.CUSTOMER, Instant.parse(isoInstant)));
    return this;
  }

  Ticket build() {
    return new Ticket(id, "test", "subject", status, priority, Channel.EMAIL, created, created,
        Person.of("c1", AuthorRole.CUSTOMER), null, group, tags, null, comments, changes, null,
        false, comments.size());
  }

  private Comment comment(AuthorRole role, Instant at) {
    return new Comment(id + "-" + comments.size(), Person.of(role == AuthorRole.AGENT ? "a1" : "c1",
        role), true, at, "text");
  }
}
