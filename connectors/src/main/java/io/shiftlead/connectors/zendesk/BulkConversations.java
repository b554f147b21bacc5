package io.shiftlead.connectors.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.zendesk.api.TicketEventsApi;
import io.shiftlead.connectors.zendesk.wire.TicketEventsResponse;
import io.shiftlead.connectors.zendesk.wire.WireAudit;
import io.shiftlead.connectors.zendesk.wire.WireAuditEvent;
import io.shiftlead.connectors.zendesk.wire.WireChildEvent;
import io.shiftlead.connectors.zendesk.wire.WireComment;
import io.shiftlead.connectors.zendesk.wire.WireTicket;
import io.shiftlead.connectors.zendesk.wire.WireTicketEvent;
import io.shiftlead.connectors.zendesk.wire.WireVia;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Conversations and status histories of a large export page read in bulk from the incremental
 * ticket event export ({@code include=comment_events}) instead of two reads per ticket (comments,
 * audits); see docs/adr/0019-zendesk-bulk-conversation-reads.md.
 *
 * <p>The event stream is read forward, alongside the ticket export, far enough to pass the newest
 * ticket of each page. A ticket's events are collected from its creation ({@code Create} event) on;
 * it is <em>covered</em>, and gets its conversation from here, only when its creation was read and
 * the stream was read past its {@code generated_timestamp}, and the comments collected match the
 * export's {@code comment_count}. Every other ticket (created before the stream was started,
 * evicted from the bounded buffer, changed after the read, or a count mismatch) is read per ticket
 * as before, so the result never depends on this cache, only the number of calls does.
 *
 * <p>Small pages (below {@code bulkReadMinTickets}, the usual incremental poll) never touch the
 * event export. An account that may not read it (403/404) falls back for good. Used by one puller
 * thread at a time (the plugin pulls a connector's tickets serially).
 */
public final class BulkConversations {
  /**
   * What a covered ticket gets instead of its comments and audits reads: its whole conversation
   * ({@code changesSince} null), or only what changed since {@code changesSince} (epoch second),
   * for the caller to add to the copy it stored before, when that copy is at least that recent.
   */
  record Conversation(List<WireComment> comments, List<WireAudit> audits, Long changesSince) {
    boolean complete() {
      return changesSince == null;
    }
  }

  /** Statistics for the benchmarks and tests. */
  public record Stats(long eventPages, long covered, long notCovered, long evicted, boolean disabled,
      long extended) {}

  /** Evicted tickets remembered (their changes since are incomplete); beyond, changes-only reads stop. */
  static final int MAX_EVICTED_REMEMBERED = 100_000;

  /** A stream started for a page begins at most this long before the page's oldest change. */
  static final long MAX_LOOKBACK_SECONDS = 7 * 24 * 3600L;
  /** Rough heap cost of a comment or status change beyond its text, for the buffer bound. */
  private static final int OVERHEAD_BYTES = 160;
  /** Event pages read for one ticket page at most; tickets beyond fall back. */
  private static final int MAX_PAGES_PER_CALL = 100;

  private static final class Entry {
    /** Whether the ticket's creation was read: the entry then holds its whole conversation. */
    final boolean created;
    final List<WireComment> comments = new ArrayList<>();
    final List<WireAudit> audits = new ArrayList<>();
    long bytes;

    Entry(boolean created) {
      this.created = created;
    }
  }

  private final TicketEventsApi api;
  private final int minTickets;
  private final long maxBufferedBytes;
  private long bufferedBytes;
  private final Map<Long, Entry> open = new LinkedHashMap<>();
  private boolean disabled;
  /** The next request's start_time, or -1 before the stream was started. */
  private long position = -1;
  /** Every event stamped before this has been read. */
  private long readThrough = -1;
  private long lastSecond = -1;
  private Set<Long> lastSecondIds = new HashSet<>();
  private long eventPages;
  private long covered;
  private long notCovered;
  private long evicted;
  private long extended;
  /** Every event since this second (epoch) has been read into an entry, or counted as evicted. */
  private long continuousSince = Long.MAX_VALUE;
  /** Tickets whose entry was evicted since the stream (re)started and that were not taken since. */
  private final Set<Long> evictedIds = new HashSet<>();
  private boolean tooManyEvicted;
  /** Tickets whose entry the current page took: their events before that are gone from here. */
  private Set<Long> takenThisPage = new HashSet<>();

  /**
   * @param minTickets pages smaller than this are read per ticket; 0 turns bulk reads off
   * @param maxBufferedBytes rough bound of the heap the collected events take; beyond it the
   *     tickets created first are dropped (and read per ticket when their turn comes)
   */
  BulkConversations(TicketEventsApi api, int minTickets, long maxBufferedBytes) {
    this.api = api;
    this.minTickets = minTickets;
    this.maxBufferedBytes = maxBufferedBytes;
  }

  Stats stats() {
    return new Stats(eventPages, covered, notCovered, evicted, disabled, extended);
  }

  /**
   * Reads the event export far enough to cover {@code page}: nothing for a page smaller than
   * {@code bulkReadMinTickets} or once disabled.
   *
   * @throws ConnectorException a transient or rate-limit failure of the event export (the page is
   *     then retried as a whole, like any failed read)
   */
  void prepare(Collection<WireTicket> page) throws ConnectorException {
    if (minTickets <= 0 || disabled || page.size() < minTickets) {
      return;
    }
    long minCreated = Long.MAX_VALUE;
    long minStamp = Long.MAX_VALUE;
    long maxStamp = Long.MIN_VALUE;
    for (WireTicket t : page) {
      if (t.createdAt() != null) {
        minCreated = Math.min(minCreated, t.createdAt().getEpochSecond());
      }
      long stamp = stamp(t);
      if (stamp != Long.MIN_VALUE) {
        minStamp = Math.min(minStamp, stamp);
        maxStamp = Math.max(maxStamp, stamp);
      }
    }
    if (maxStamp == Long.MIN_VALUE || minCreated == Long.MAX_VALUE) {
      return;
    }
    if (position < 0 || minStamp - MAX_LOOKBACK_SECONDS > readThrough) {
      restart(Math.max(minCreated, minStamp - MAX_LOOKBACK_SECONDS));
    }
    for (int pages = 0; readThrough <= maxStamp && pages < MAX_PAGES_PER_CALL; pages++) {
      TicketEventsResponse response;
      try {
        response = api.page(position);
      } catch (AuthFailedException | NotFoundException | PermanentException noAccess) {
        disabled = true; // the ticket export just worked: this account may not read events
        clear();
        return;
      }
      eventPages++;
      consume(response);
      boolean end = Boolean.TRUE.equals(response.endOfStream());
      long endTime = response.endTime() == null ? position : response.endTime();
      if (!end && endTime <= position) {
        break; // more than a page within one second: cannot page on; the rest falls back
      }
      position = endTime;
      readThrough = end ? endTime + 1 : endTime;
      if (end) {
        break;
      }
    }
  }

  /**
   * Starts a page. When the previous page was not stored (its cursor was not followed), what it
   * took from the stream never reached the store, so the changes-only reads of those tickets would
   * miss events: they count as evicted.
   */
  void newPage(boolean previousPageStored) {
    if (!previousPageStored) {
      for (Long id : takenThisPage) {
        rememberEvicted(id);
      }
    }
    takenThisPage = new HashSet<>();
  }

  /**
   * The ticket's conversation when covered (see the class comment), or the changes since the
   * stream started when the ticket was created before it and none of them was dropped; forgets the
   * ticket either way.
   */
  Optional<Conversation> take(WireTicket ticket) {
    Entry entry = ticket.id() == null ? null : open.remove(ticket.id());
    if (entry != null) {
      bufferedBytes -= entry.bytes;
      takenThisPage.add(ticket.id());
    }
    boolean wasEvicted = ticket.id() != null && evictedIds.remove(ticket.id());
    if (minTickets <= 0 || disabled || position < 0) {
      return Optional.empty();
    }
    boolean passed = stamp(ticket) != Long.MIN_VALUE && stamp(ticket) < readThrough;
    if (entry != null && entry.created) {
      boolean ok = passed
          && (ticket.commentCount() == null || ticket.commentCount() == entry.comments.size());
      if (!ok) {
        notCovered++;
        return Optional.empty();
      }
      covered++;
      return Optional.of(new Conversation(entry.comments, entry.audits, null));
    }
    if (!passed || wasEvicted || tooManyEvicted) {
      notCovered++;
      return Optional.empty();
    }
    return entry == null ? Optional.of(new Conversation(List.of(), List.of(), continuousSince))
        : Optional.of(new Conversation(entry.comments, entry.audits, continuousSince));
  }

  /** Counts a changes-only read the caller could use ({@code true}) or had to read anew. */
  void changesUsed(boolean used) {
    if (used) {
      extended++;
    } else {
      notCovered++;
    }
  }

  private void clear() {
    open.clear();
    bufferedBytes = 0;
    evictedIds.clear();
    tooManyEvicted = false;
  }

  private void restart(long startTime) {
    clear();
    position = startTime;
    readThrough = startTime;
    continuousSince = startTime;
    lastSecond = -1;
    lastSecondIds = new HashSet<>();
  }

  private void consume(TicketEventsResponse response) {
    if (response.ticketEvents() == null) {
      return;
    }
    for (WireTicketEvent event : response.ticketEvents()) {
      if (event == null || event.ticketId() == null || event.childEvents() == null) {
        continue;
      }
      long second = event.timestamp() != null ? event.timestamp()
          : event.createdAt() != null ? event.createdAt().getEpochSecond() : position;
      if (second != lastSecond) {
        lastSecond = second;
        lastSecondIds = new HashSet<>();
      }
      if (event.id() != null && !lastSecondIds.add(event.id())) {
        continue; // the page boundary's second, repeated
      }
      Entry entry = open.get(event.ticketId());
      if (entry == null) {
        // created before the stream started (or taken since): its changes from here on
        entry = new Entry(creates(event));
        open.put(event.ticketId(), entry);
      }
      long before = entry.bytes;
      add(entry, event, second);
      bufferedBytes += entry.bytes - before;
      evictBeyondLimit();
    }
  }

  private void evictBeyondLimit() {
    Iterator<Map.Entry<Long, Entry>> eldest = open.entrySet().iterator();
    while (bufferedBytes > maxBufferedBytes && eldest.hasNext()) {
      Map.Entry<Long, Entry> dropped = eldest.next();
      bufferedBytes -= dropped.getValue().bytes;
      eldest.remove();
      evicted++;
      rememberEvicted(dropped.getKey());
    }
  }

  private void rememberEvicted(Long ticketId) {
    if (!tooManyEvicted) {
      evictedIds.add(ticketId);
      if (evictedIds.size() > MAX_EVICTED_REMEMBERED) {
        tooManyEvicted = true; // no changes-only reads until the stream restarts
        evictedIds.clear();
      }
    }
  }

  private static boolean creates(WireTicketEvent event) {
    for (WireChildEvent child : event.childEvents()) {
      if (child != null && "Create".equals(child.eventType()) && status(child) != null) {
        return true;
      }
    }
    return false;
  }

  private static void add(Entry entry, WireTicketEvent event, long second) {
    Instant at = event.createdAt() != null ? event.createdAt() : Instant.ofEpochSecond(second);
    List<WireAuditEvent> changes = new ArrayList<>();
    for (WireChildEvent child : event.childEvents()) {
      if (child == null) {
        continue;
      }
      if ("Comment".equals(child.eventType())) {
        String body = child.body() != null ? child.body() : child.plainBody();
        String html = body == null || body.isBlank() ? child.htmlBody() : null;
        entry.comments.add(new WireComment(child.id(), child.authorId(), body, html, null,
            child.isPublic(), via(child.via()), child.createdAt() != null ? child.createdAt() : at));
        entry.bytes += OVERHEAD_BYTES + (body != null ? body.length() : html != null ? html.length() : 0);
      } else if ("Create".equals(child.eventType()) || "Change".equals(child.eventType())) {
        JsonNode status = status(child);
        if (status != null) {
          changes.add(new WireAuditEvent(child.id(), child.eventType(), "status", status,
              child.previousValue()));
          entry.bytes += OVERHEAD_BYTES;
        }
      }
    }
    if (!changes.isEmpty()) {
      entry.audits.add(new WireAudit(event.id(), event.ticketId(), event.updaterId(), at, null,
          changes));
    }
  }

  /** The status a Create/Change child sets: {@code "status": v}, or {@code field_name}/{@code value}. */
  private static JsonNode status(WireChildEvent child) {
    if (child.status() != null && !child.status().isNull()) {
      return child.status();
    }
    return "status".equals(child.fieldName()) ? child.value() : null;
  }

  private static WireVia via(JsonNode via) {
    return via != null && via.isObject() && via.hasNonNull("channel")
        ? new WireVia(via.get("channel").asText()) : null;
  }

  static long stamp(WireTicket ticket) {
    if (ticket.generatedTimestamp() != null) {
      return ticket.generatedTimestamp();
    }
    return ticket.updatedAt() == null ? Long.MIN_VALUE : ticket.updatedAt().getEpochSecond();
  }
}
