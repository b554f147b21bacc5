package io.shiftlead.connectors.freshdesk;

import io.shiftlead.connectors.freshdesk.api.ConversationsApi;
import io.shiftlead.connectors.freshdesk.api.TicketsApi;
import io.shiftlead.connectors.freshdesk.wire.WireConversation;
import io.shiftlead.connectors.freshdesk.wire.WireTicket;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link TicketUpdate} into Freshdesk writes: one {@code PUT /api/v2/tickets/{id}} for the
 * properties, then one {@code POST /api/v2/tickets/{id}/notes} for the note.
 *
 * <p><b>Tags.</b> {@code tags} in a PUT replaces the whole set, and Freshdesk has no add/remove
 * operation nor an optimistic-concurrency check (unlike Zendesk's safe_update), so a tag change
 * reads the ticket and writes the merged set: a tag another writer adds between the read and the
 * write is lost (last write wins; the window is one round trip).
 *
 * <p><b>No batch.</b> {@code bulk_update} applies the same properties to every id and cannot post
 * per-ticket notes, so batches are sent one update at a time (max batch size 1).
 *
 * <p><b>Order.</b> Properties first, note last: a retry after an unknown outcome repeats the
 * idempotent PUT and finds the note by its marker.
 */
final class FreshdeskUpdates {
  static final int MAX_BATCH = 1;

  private final FreshdeskSettings settings;
  private final TicketsApi tickets;
  private final ConversationsApi conversations;

  FreshdeskUpdates(FreshdeskSettings settings, TicketsApi tickets, ConversationsApi conversations) {
    this.settings = settings;
    this.tickets = tickets;
    this.conversations = conversations;
  }

  UpdateResult apply(TicketUpdate update) throws ConnectorException {
    long id = ticketId(update.ticketId());
    boolean noteFound = noteAlreadyPosted(id, update);
    Map<String, Object> changes = changes(update);
    if (!update.addTags().isEmpty() || !update.removeTags().isEmpty()) {
      WireTicket current = tickets.get(id);
      List<String> before = current.tags() == null ? List.of() : current.tags();
      Set<String> after = new LinkedHashSet<>(before);
      after.addAll(update.addTags());
      after.removeAll(update.removeTags());
      if (!after.equals(new LinkedHashSet<>(before))) {
        changes.put("tags", List.copyOf(after));
      }
    }
    if (!changes.isEmpty()) {
      tickets.update(id, changes);
    }
    if (update.note() != null && !noteFound) {
      conversations.addPrivateNote(id, noteHtml(update.note()));
    }
    return new UpdateResult(update.ticketId(), noteFound, null);
  }

  /** The note as HTML (Freshdesk note bodies are HTML), with its marker as the last line. */
  static String noteHtml(InternalNote note) {
    return escape(note.body()).replace("\n", "<br>") + "<br><br>" + escape(note.marker());
  }

  /** True when the update asks for a recheck and the note's marker is already in the conversation. */
  private boolean noteAlreadyPosted(long id, TicketUpdate update) throws ConnectorException {
    if (update.note() == null || !update.recheckNote()) {
      return false;
    }
    String marker = update.note().marker();
    for (WireConversation entry : conversations.list(id)) {
      if (contains(entry.bodyText(), marker) || contains(entry.body(), marker)) {
        return true;
      }
    }
    return false;
  }

  private Map<String, Object> changes(TicketUpdate update) throws PermanentException {
    Map<String, Object> changes = new LinkedHashMap<>();
    if (!update.customFields().isEmpty()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (Map.Entry<String, Object> entry : update.customFields().entrySet()) {
        String name = settings.customFields().get(entry.getKey());
        if (name == null) {
          throw new PermanentException("custom field key '" + entry.getKey()
              + "' has no Freshdesk field name; add it to setting " + FreshdeskSettings.CUSTOM_FIELDS);
        }
        fields.put(name, entry.getValue()); // a null value clears the field
      }
      changes.put("custom_fields", fields);
    }
    if (update.priority() != null) {
      changes.put("priority", FreshdeskMapper.priorityNumber(update.priority()));
    }
    if (update.group() != null) {
      changes.put("group_id", number("group", update.group()));
    }
    if (update.assignee() != null) {
      changes.put("responder_id", number("agent", update.assignee()));
    }
    return changes;
  }

  static long ticketId(String ticketId) throws PermanentException {
    return number("ticket", ticketId);
  }

  private static long number(String what, String value) throws PermanentException {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new PermanentException("Freshdesk " + what + " ids are numbers, got '" + value + "'");
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static boolean contains(String text, String marker) {
    return text != null && text.contains(marker);
  }
}
