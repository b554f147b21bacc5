package io.shiftlead.plugin.core.kpi;

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

/** A small builder of normalized tickets for KPI tests: times are minutes after T0. */
public final class KpiTickets {
  static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

  private final String id;
  private final long createdMinute;
  private TicketStatus status = TicketStatus.OPEN;
  private final List<Comment> comments = new ArrayList<>();
  private final List<StatusChange> changes = new ArrayList<>();
  private String assignee = "ana";
  private String group = "billing";
  private List<String> tags = List.of();
  private boolean deleted;
  private String organization = "acme";

  private KpiTickets(String id, long createdMinute) {
    this.id = id;
    this.createdMinute = createdMinute;
  }

  public static KpiTickets ticket(String id, long createdMinute) {
    return new KpiTickets(id, createdMinute);
  }

  public static Instant at(long minute) {
    return T0.plusSeconds(minute * 60);
  }

  public KpiTickets customer(long minute) {
    return comment(minute, AuthorRole.CUSTOMER, true);
  }

  public KpiTickets agent(long minute) {
    return comment(minute, AuthorRole.AGENT, true);
  }

  public KpiTickets note(long minute) {
    return comment(minute, AuthorRole.AGENT, false);
  }

  public KpiTickets bot(long minute) {
    return comment(minute, AuthorRole.SYSTEM, true);
  }

  public KpiTickets status(long minute, TicketStatus from, TicketStatus to) {
    changes.add(new StatusChange(at(minute), from, to));
    status = to;
    return this;
  }

  public KpiTickets assignee(String value) {
    assignee = value;
    return this;
  }

  public KpiTickets group(String value) {
    group = value;
    return this;
  }

  public KpiTickets tags(String... values) {
    tags = List.of(values);
    return this;
  }

  public KpiTickets deleted() {
    deleted = true;
    return this;
  }

  private KpiTickets comment(long minute, AuthorRole role, boolean isPublic) {
    comments.add(new Comment(id + "-c" + comments.size(), Person.of(role + "1", role), isPublic,
        at(minute), "text"));
    return this;
  }

  public Ticket build() {
    return new Ticket(id, "zendesk", "subject", status, Priority.NORMAL, Channel.EMAIL,
        at(createdMinute), null, new Person("r1", null, null, organization, null,
            AuthorRole.CUSTOMER), assignee == null ? null : Person.of(assignee, AuthorRole.AGENT),
        group, tags, null, comments, changes, null, deleted, comments.size());
  }

  public TicketFact fact() {
    return TicketFacts.of("zendesk", build(), SlaOutcomes.Outcome.NONE, null);
  }
}
