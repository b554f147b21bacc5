package io.shiftlead.connectors.freshdesk;

import io.shiftlead.connectors.freshdesk.TicketCursor.Position;
import io.shiftlead.connectors.freshdesk.api.TicketsApi;
import io.shiftlead.connectors.freshdesk.api.TicketsApi.Pass;
import io.shiftlead.connectors.freshdesk.wire.WireTicket;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.PermanentException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Freshdesk's change stream page by page, as {@code updated_since} windows ordered by
 * {@code updated_at} ascending.
 *
 * <p><b>Why each page restarts the window instead of following the next link's page number.</b>
 * Offset paging over a list sorted by {@code updated_at} shifts when a ticket on an earlier page
 * changes while we page (it moves to the end, every later ticket moves up one, and one is skipped).
 * Freshdesk also stops paging at page 300. So after each page the next query starts from the newest
 * {@code updated_at} seen (minus one second, whatever the inclusiveness of {@code updated_since}),
 * skipping tickets already returned at that instant. The {@code Link: rel="next"} header says
 * whether more exist, and its page number is followed only when a whole page shares one instant
 * (a bulk update), the one case where restarting would not advance.
 *
 * <p><b>Passes.</b> The default list leaves spam and deleted tickets out; they are read with
 * {@code filter=deleted} and {@code filter=spam} after it, each with its own position. One pull
 * continues into the next pass when a pass ends, so a page is end-of-stream only when all three are.
 */
final class TicketStream {
  /** Freshdesk refuses list pages beyond this. */
  static final int MAX_PAGE = 300;

  private final TicketsApi tickets;
  private final int pageSize;

  /**
   * How long after a ticket's updated_at the second it names may still change: Freshdesk has
   * whole-second timestamps, so a second change within the same second looks identical. Tickets
   * at an instant this recent are not recorded as seen when caught up, so the next poll reads
   * them again (the plugin's planner makes the repeat harmless).
   */
  static final Duration SETTLE = Duration.ofSeconds(5);

  private final Clock clock;

  TicketStream(TicketsApi tickets, int pageSize, Clock clock) {
    this.tickets = tickets;
    this.pageSize = pageSize;
    this.clock = clock;
  }

  /** The tickets of one page (the latest per id), the cursor after it, and whether caught up. */
  record Batch(List<WireTicket> tickets, TicketCursor next, boolean endOfStream) {}

  Batch read(TicketCursor from) throws ConnectorException {
    Map<Long, WireTicket> latest = new LinkedHashMap<>();
    TicketCursor cursor = from;
    while (true) {
      Position position = cursor.position();
      Listing<WireTicket> listing = tickets.changedSince(cursor.pass(),
          position.since().minusSeconds(1), position.page(), pageSize);
      for (WireTicket ticket : listing.items()) {
        if (ticket == null || ticket.id() == null || ticket.updatedAt() == null) {
          throw new PermanentException("Freshdesk ticket list holds a ticket without id or updated_at");
        }
        if (!position.alreadySeen(ticket.id(), ticket.updatedAt())) {
          latest.put(ticket.id(),
              ticket.flagged(cursor.pass() == Pass.DELETED, cursor.pass() == Pass.SPAM));
        }
      }
      Position next = advance(position, listing);
      if (listing.hasNext()) {
        return new Batch(List.copyOf(latest.values()), cursor.with(cursor.pass(), next), false);
      }
      Pass following = following(cursor.pass());
      if (following == null) {
        return new Batch(List.copyOf(latest.values()), cursor.with(Pass.ALL, settled(next)), true);
      }
      cursor = cursor.with(following, settled(next));
    }
  }

  /** Forgets the ids seen at an instant too recent to be final (see {@link #SETTLE}). */
  private Position settled(Position position) {
    boolean recent = position.since().isAfter(clock.instant().minus(SETTLE));
    return recent ? new Position(position.since(), position.page(), Set.of()) : position;
  }

  /** The position after {@code listing}: restart at the newest instant, or the next page when stuck. */
  static Position advance(Position position, Listing<WireTicket> listing) throws PermanentException {
    Instant newest = position.since();
    for (WireTicket ticket : listing.items()) {
      if (ticket.updatedAt().isAfter(newest)) {
        newest = ticket.updatedAt();
      }
    }
    Set<Long> idsAtNewest = new HashSet<>();
    if (newest.equals(position.since())) {
      idsAtNewest.addAll(position.idsAtSince());
    }
    for (WireTicket ticket : listing.items()) {
      if (ticket.updatedAt().equals(newest)) {
        idsAtNewest.add(ticket.id());
      }
    }
    if (!listing.hasNext() || newest.isAfter(position.since())) {
      return new Position(newest, 1, idsAtNewest);
    }
    int nextPage = Math.max(listing.nextPageNumber(), position.page() + 1);
    if (nextPage > MAX_PAGE) {
      throw new PermanentException("more than " + MAX_PAGE * listing.items().size()
          + " Freshdesk tickets share updated_at " + newest + "; the list cannot page past "
          + MAX_PAGE);
    }
    return new Position(newest, nextPage, idsAtNewest);
  }

  private static Pass following(Pass pass) {
    int next = pass.ordinal() + 1;
    return next < Pass.values().length ? Pass.values()[next] : null;
  }
}
