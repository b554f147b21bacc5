package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small builder for tickets in tests: only what a test changes is spelled out. */
public final class TestTickets {
  public static final Instant CREATED = Instant.parse("2026-11-02T09:00:00Z"); // a Monday
  public static final BusinessTime UTC = BusinessTime.always(ZoneOffset.UTC);

  public String id = "T-1";
  public String subject = "Question about my invoice";
  public TicketStatus status = TicketStatus.OPEN;
  public Priority priority = Priority.NORMAL;
  public Channel channel = Channel.EMAIL;
  public Instant updatedAt = CREATED;
  public Person requester =
      new Person("c-1", "Carla Cliente", "carla@acme.com", "Acme", "pt-BR", AuthorRole.CUSTOMER);
  public Person assignee;
  public String group = "support";
  public List<String> tags = new ArrayList<>();
  public Map<String, Object> fields = new HashMap<>();
  public List<Comment> comments = new ArrayList<>();
  public List<StatusChange> statusChanges = new ArrayList<>();
  public List<SurveyResponse> surveys = new ArrayList<>();

  public static TestTickets ticket() {
    return new TestTickets();
  }

  public TestTickets customerSays(String body, int minutesAfterCreation) {
    comments.add(new Comment("c" + comments.size(), requester, true,
        CREATED.plusSeconds(60L * minutesAfterCreation), body));
    return this;
  }

  public TestTickets agentSays(String body, int minutesAfterCreation) {
    comments.add(new Comment("c" + comments.size(), Person.of("a-9", AuthorRole.AGENT), true,
        CREATED.plusSeconds(60L * minutesAfterCreation), body));
    return this;
  }

  public Ticket build() {
    return new Ticket(id, "zendesk", subject, status, priority, channel, CREATED, updatedAt,
        requester, assignee, group, tags, fields, comments, statusChanges, surveys, false,
        comments.size());
  }

  public TicketFacts factsAt(Instant at) {
    return TicketFacts.of(build(), at, UTC);
  }

  public TicketFacts facts() {
    return factsAt(CREATED.plusSeconds(3600));
  }

  /** What the helpdesk would hold after an update: the planner's own view of "done". */
  public static Ticket afterWriteBack(Ticket t, io.shiftlead.connectors.spi.model.TicketUpdate u) {
    List<String> tags = new ArrayList<>(t.tags());
    tags.removeAll(u.removeTags());
    u.addTags().stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
    Map<String, Object> fields = new HashMap<>(t.fields());
    fields.putAll(u.customFields());
    List<Comment> comments = new ArrayList<>(t.comments());
    if (u.note() != null) {
      comments.add(new Comment("note" + comments.size(), Person.of("bot", AuthorRole.SYSTEM),
          false, t.createdAt().plusSeconds(1), u.note().body() + "\n" + u.note().marker()));
    }
    return new Ticket(t.id(), t.source(), t.subject(), t.status(),
        u.priority() == null ? t.priority() : u.priority(), t.channel(), t.createdAt(),
        t.updatedAt(), t.requester(),
        u.assignee() == null ? t.assignee() : Person.of(u.assignee(), AuthorRole.AGENT),
        u.group() == null ? t.group() : u.group(), tags, fields, comments, t.statusChanges(),
        t.surveys(), false, comments.size());
  }
}
