package io.shiftlead.connectors.rt;

import io.shiftlead.connectors.rt.api.CommentsApi;
import io.shiftlead.connectors.rt.api.HistoryApi;
import io.shiftlead.connectors.rt.api.TicketsApi;
import io.shiftlead.connectors.rt.wire.WireAttachment;
import io.shiftlead.connectors.rt.wire.WireCustomField;
import io.shiftlead.connectors.rt.wire.WireTicket;
import io.shiftlead.connectors.rt.wire.WireTransaction;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@link TicketUpdate} into RT writes: one {@code PUT /ticket/{id}} for custom fields,
 * priority, owner and queue, then the note as {@code POST /ticket/{id}/comment} carrying its marker.
 *
 * <p><b>No batch.</b> {@code PUT /tickets/bulk} takes per-ticket bodies, but it cannot carry the
 * note (a second bulk call to {@code /tickets/bulk/comment}), and it reports each ticket's outcome
 * only as free-text messages, so one ticket's refusal could not be told apart reliably; updates go
 * one ticket at a time ({@code maxBatchSize} 1).
 *
 * <p><b>Tags.</b> RT has no tags. With setting {@code tagsField} they live in a multi-value custom
 * field: the current values are read and the merged full set written (REST2 replaces the set).
 * Without it tag changes are ignored and logged.
 */
final class RtUpdates {
  private static final System.Logger LOG = System.getLogger(RtUpdates.class.getName());
  /** PUT answers 200 even when RT refused a change; these messages are the refusals seen on 5.0.3. */
  private static final Pattern REFUSAL = Pattern.compile(
      "(?i)invalid value|could not|permission denied|may not|not allowed|no such|isn't a valid|is not a valid|can't");

  private final RtSettings settings;
  private final TicketsApi tickets;
  private final HistoryApi history;
  private final CommentsApi comments;

  RtUpdates(RtSettings settings, TicketsApi tickets, HistoryApi history, CommentsApi comments) {
    this.settings = settings;
    this.tickets = tickets;
    this.history = history;
    this.comments = comments;
  }

  UpdateResult apply(TicketUpdate update) throws ConnectorException {
    long id = ticketId(update.ticketId());
    boolean noteFound = noteAlreadyPosted(id, update);
    Map<String, Object> changes = changes(id, update);
    if (!changes.isEmpty()) {
      List<String> messages = tickets.update(id, changes);
      for (String message : messages) {
        if (REFUSAL.matcher(message).find()) {
          throw RtErrors.refused("the update of ticket " + id, message);
        }
      }
    }
    if (update.note() != null && !noteFound) {
      comments.comment(id, update.note().body() + "\n\n" + update.note().marker());
    }
    return new UpdateResult(update.ticketId(), noteFound, null);
  }

  /** True when the update asks for a recheck and a Comment transaction already carries the marker. */
  private boolean noteAlreadyPosted(long id, TicketUpdate update) throws ConnectorException {
    if (update.note() == null || !update.recheckNote()) {
      return false;
    }
    Set<String> commentIds = new HashSet<>();
    for (WireTransaction txn : history.transactions(id)) {
      if ("Comment".equals(txn.type())) {
        commentIds.add(txn.id());
      }
    }
    if (commentIds.isEmpty()) {
      return false;
    }
    String marker = update.note().marker();
    for (WireAttachment part : history.attachments(id)) {
      if (commentIds.contains(part.transactionId()) && part.content() != null
          && part.content().contains(marker)) {
        return true;
      }
    }
    return false;
  }

  private Map<String, Object> changes(long id, TicketUpdate update) throws ConnectorException {
    Map<String, Object> changes = new LinkedHashMap<>();
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : update.customFields().entrySet()) {
      String name = settings.customFields().get(entry.getKey());
      if (name == null) {
        throw new PermanentException("custom field key '" + entry.getKey()
            + "' has no RT custom field; add it to setting " + RtSettings.CUSTOM_FIELDS);
      }
      fields.put(name, value(entry.getValue()));
    }
    tagsChange(id, update, fields);
    if (!fields.isEmpty()) {
      changes.put("CustomFields", fields);
    }
    if (update.priority() != null) {
      changes.put("Priority", priority(update.priority()));
    }
    if (update.assignee() != null) {
      changes.put("Owner", update.assignee());
    }
    if (update.group() != null) {
      changes.put("Queue", update.group());
    }
    return changes;
  }

  private void tagsChange(long id, TicketUpdate update, Map<String, Object> fields)
      throws ConnectorException {
    if (update.addTags().isEmpty() && update.removeTags().isEmpty()) {
      return;
    }
    if (settings.tagsField().isEmpty()) {
      LOG.log(Level.INFO, "request-tracker:{0} ticket {1}: tag changes ignored, RT has no tags and "
          + "setting {2} names no custom field for them", settings.tenant(), id, RtSettings.TAGS_FIELD);
      return;
    }
    String field = settings.tagsField().get();
    WireTicket current = tickets.get(id);
    Set<String> values = new LinkedHashSet<>();
    if (current.customFields() != null) {
      for (WireCustomField cf : current.customFields()) {
        if (field.equals(cf.name()) && cf.values() != null) {
          values.addAll(cf.values());
        }
      }
    }
    Set<String> before = new LinkedHashSet<>(values);
    values.addAll(update.addTags());
    values.removeAll(update.removeTags());
    if (!values.equals(before)) {
      fields.put(field, new ArrayList<>(values));
    }
  }

  /** Single values as strings, lists as arrays (the full set), null clears the field. */
  private static Object value(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Iterable<?>) {
      List<String> values = new ArrayList<>();
      ((Iterable<?>) value).forEach(v -> values.add(String.valueOf(v)));
      return values;
    }
    return String.valueOf(value);
  }

  /** Values that {@link RtMapper#priority} reads back as the same level (RT's Low 0 / Medium 50 / High 100). */
  static int priority(Priority priority) {
    switch (priority) {
      case LOW:
        return 0;
      case NORMAL:
        return 50;
      case HIGH:
        return 75;
      default:
        return 100;
    }
  }

  static long ticketId(String ticketId) throws PermanentException {
    if (ticketId == null) {
      throw new PermanentException("RT answered a ticket without an id");
    }
    try {
      return Long.parseLong(ticketId.trim());
    } catch (NumberFormatException e) {
      throw new PermanentException("RT ticket ids are numbers, got '" + ticketId + "'");
    }
  }
}
