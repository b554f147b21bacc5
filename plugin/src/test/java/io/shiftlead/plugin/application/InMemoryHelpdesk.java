package io.shiftlead.plugin.application;

import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.KnownTickets;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.RateLimits;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A helpdesk in memory behind the SPI: a change sequence like Zendesk's export, notes with their
 * markers, and switches to fail or "crash" at chosen points. For pipeline tests without HTTP.
 */
final class InMemoryHelpdesk implements HelpdeskConnector {
  static final Instant BASE = Instant.parse("2026-03-02T09:00:00Z");

  private final Map<String, Ticket> tickets = new LinkedHashMap<>();
  private final Map<String, Long> sequence = new HashMap<>();
  private final int pageSize;
  private long lastSequence;
  int applyCalls;
  int batchesInFlight = 1;
  int largestBatch;
  /** Tickets whose update reports a retriable failure (a vendor job still running). */
  final java.util.Set<String> unknownOutcomeFor = new java.util.HashSet<>();
  KnownTickets known = KnownTickets.NONE;
  int crashAfterApplyCall = -1;
  int failNextPulls;

  InMemoryHelpdesk(int ticketCount, int pageSize) {
    this.pageSize = pageSize;
    for (int i = 1; i <= ticketCount; i++) {
      String id = String.valueOf(i);
      Instant created = BASE.plusSeconds(i * 60L);
      List<Comment> comments = new ArrayList<>();
      comments.add(new Comment(id + "-1", Person.of("u" + i, AuthorRole.CUSTOMER), true, created,
          "Help with order " + i));
      if (i % 5 != 0) { // every fifth ticket has no agent reply yet
        comments.add(new Comment(id + "-2", Person.of("a1", AuthorRole.AGENT), true,
            created.plusSeconds(60L * i), "Hi, on it."));
      }
      put(new Ticket(id, "memory", "Order " + i, TicketStatus.OPEN, null, Channel.EMAIL, created,
          created, Person.of("u" + i, AuthorRole.CUSTOMER), null, null, List.of(), Map.of(),
          comments, List.of(), List.of(), false, comments.size()));
    }
  }

  private void put(Ticket ticket) {
    tickets.put(ticket.id(), ticket);
    sequence.put(ticket.id(), ++lastSequence);
  }

  /** A change on the helpdesk side (a customer reply): the ticket comes back in the stream. */
  synchronized void touch(String id) {
    put(tickets.get(id));
  }

  Ticket ticket(String id) {
    return tickets.get(id);
  }

  long notesWithMarkerPrefix(String id) {
    return tickets.get(id).comments().stream()
        .filter(c -> !c.isPublic() && c.body().contains("[shiftlead:")).count();
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(100, batchesInFlight, false, false, new RateLimits(1000, 1000, 30, 10));
  }

  @Override
  public synchronized Page<Ticket> pullTickets(Cursor cursor) throws ConnectorException {
    if (failNextPulls > 0) {
      failNextPulls--;
      throw new TransientException("503 from the helpdesk");
    }
    long after = cursor.isBeginning() ? 0 : Long.parseLong(cursor.value());
    List<Ticket> page = tickets.values().stream()
        .filter(t -> sequence.get(t.id()) > after)
        .sorted((a, b) -> Long.compare(sequence.get(a.id()), sequence.get(b.id())))
        .limit(pageSize).toList();
    long next = page.isEmpty() ? after : sequence.get(page.get(page.size() - 1).id());
    boolean end = tickets.values().stream().noneMatch(t -> sequence.get(t.id()) > next);
    return new Page<>(page, new Cursor(String.valueOf(next)), end);
  }

  @Override
  public Page<SurveyResponse> pullSurveys(Cursor cursor) {
    return new Page<>(List.of(), cursor, true);
  }

  @Override
  public Optional<Ticket> fetchTicket(String ticketId) {
    return Optional.ofNullable(tickets.get(ticketId));
  }

  @Override
  public synchronized UpdateResult apply(TicketUpdate update) {
    Ticket t = tickets.get(update.ticketId());
    boolean skipNote = update.note() != null && update.recheckNote() && t.comments().stream()
        .anyMatch(c -> c.body().contains(update.note().marker()));
    Map<String, Object> fields = new HashMap<>(t.fields());
    fields.putAll(update.customFields());
    List<Comment> comments = new ArrayList<>(t.comments());
    if (update.note() != null && !skipNote) {
      comments.add(new Comment(t.id() + "-n" + comments.size(), Person.of("shiftlead",
          AuthorRole.AGENT), false, BASE, update.note().body() + "\n\n" + update.note().marker()));
    }
    java.util.Set<String> tags = new java.util.TreeSet<>(t.tags());
    tags.addAll(update.addTags());
    tags.removeAll(update.removeTags());
    put(new Ticket(t.id(), t.source(), t.subject(), t.status(),
        update.priority() != null ? update.priority() : t.priority(), t.channel(),
        t.createdAt(), BASE.plusSeconds(lastSequence), t.requester(), t.assignee(),
        update.group() != null ? update.group() : t.group(), List.copyOf(tags), fields, comments,
        t.statusChanges(), t.surveys(), false, comments.size()));
    return new UpdateResult(t.id(), skipNote, null);
  }

  @Override
  public List<UpdateResult> applyBatch(List<TicketUpdate> updates) throws ConnectorException {
    largestBatch = Math.max(largestBatch, updates.size());
    List<UpdateResult> results = new java.util.ArrayList<>();
    for (TicketUpdate update : updates) {
      results.add(unknownOutcomeFor.contains(update.ticketId())
          ? UpdateResult.failed(update.ticketId(), new io.shiftlead.connectors.spi.error
              .TransientException("job of ticket " + update.ticketId() + " still running"))
          : apply(update));
    }
    if (++applyCalls == crashAfterApplyCall) {
      // the helpdesk applied the batch, the process dies before it hears back
      throw new IllegalStateException("simulated crash after the helpdesk applied the batch");
    }
    return results;
  }

  @Override
  public void useKnownTickets(KnownTickets stored) {
    known = stored;
  }

  @Override
  public void close() {}
}
