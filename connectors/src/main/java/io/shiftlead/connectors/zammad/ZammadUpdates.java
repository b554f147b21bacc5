package io.shiftlead.connectors.zammad;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import io.shiftlead.connectors.zammad.api.ArticlesApi;
import io.shiftlead.connectors.zammad.api.TagsApi;
import io.shiftlead.connectors.zammad.api.TicketsApi;
import io.shiftlead.connectors.zammad.wire.WireArticle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a {@link TicketUpdate} into Zammad writes. Zammad has no batch endpoint (the UI's bulk edit is
 * a background job not exposed over REST), so the connector's batch size is 1.
 *
 * <p><b>More than one call.</b> Attributes, priority, group, owner and the internal note go in one
 * {@code PUT /api/v1/tickets/{id}} (Zammad creates the nested {@code article} in the same request).
 * Tags cannot: Zammad stores them outside the ticket and only {@code /tags/add} and {@code /tags/remove}
 * change them, one tag per call. The tag calls go <em>first</em> because they are idempotent: if one
 * fails, nothing non-idempotent has happened yet and a plain retry is safe; the note, the one write that
 * must not repeat, goes last in the PUT and is protected by its marker (recheck).
 */
final class ZammadUpdates {
  static final int MAX_BATCH = 1;

  private final ZammadSettings settings;
  private final TicketsApi tickets;
  private final ArticlesApi articles;
  private final TagsApi tags;

  ZammadUpdates(ZammadSettings settings, TicketsApi tickets, ArticlesApi articles, TagsApi tags) {
    this.settings = settings;
    this.tickets = tickets;
    this.articles = articles;
    this.tags = tags;
  }

  UpdateResult apply(TicketUpdate update) throws ConnectorException {
    long id = ticketId(update.ticketId());
    boolean noteFound = noteAlreadyPosted(id, update);
    Map<String, Object> changes = changes(update, noteFound ? null : update.note());
    for (String tag : new TreeSet<>(update.addTags())) {
      tags.add(id, tag);
    }
    for (String tag : new TreeSet<>(update.removeTags())) {
      tags.remove(id, tag);
    }
    if (!changes.isEmpty()) {
      tickets.update(id, changes);
    }
    return new UpdateResult(update.ticketId(), noteFound, null);
  }

  /** True when the update asks for a recheck and the note's marker is already in the conversation. */
  private boolean noteAlreadyPosted(long id, TicketUpdate update) throws ConnectorException {
    if (update.note() == null || !update.recheckNote()) {
      return false;
    }
    String marker = update.note().marker();
    for (WireArticle article : articles.byTicket(id)) {
      if (article.body() != null && article.body().contains(marker)) {
        return true;
      }
    }
    return false;
  }

  private Map<String, Object> changes(TicketUpdate update, InternalNote note)
      throws PermanentException {
    Map<String, Object> changes = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : update.customFields().entrySet()) {
      String attribute = settings.customFields().get(entry.getKey());
      if (attribute == null) {
        throw new PermanentException("custom field key '" + entry.getKey()
            + "' has no Zammad object attribute; add it to setting " + ZammadSettings.CUSTOM_FIELDS);
      }
      changes.put(attribute, entry.getValue()); // object attributes sit at the ticket's top level
    }
    if (update.priority() != null) {
      changes.put("priority", priorityName(update.priority()));
    }
    if (update.group() != null) {
      // Zammad converts names to ids itself (association_name_to_id_convert): an id goes as group_id
      String group = update.group().trim();
      changes.put(group.chars().allMatch(Character::isDigit) ? "group_id" : "group",
          group.chars().allMatch(Character::isDigit) ? Long.parseLong(group) : group);
    }
    if (update.assignee() != null) {
      changes.put("owner_id", number("owner", update.assignee()));
    }
    if (note != null) {
      Map<String, Object> article = new LinkedHashMap<>();
      article.put("body", note.body() + "\n\n" + note.marker());
      article.put("content_type", "text/plain");
      article.put("type", "note");
      article.put("internal", true);
      article.put("sender", "Agent");
      changes.put("article", article);
    }
    return changes;
  }

  /** Zammad's default priority names; URGENT has no default and needs the urgentPriority setting. */
  String priorityName(Priority priority) throws PermanentException {
    switch (priority) {
      case LOW: return "1 low";
      case NORMAL: return "2 normal";
      case HIGH: return "3 high";
      default:
        return settings.urgentPriority().orElseThrow(() -> new PermanentException(
            "Zammad has no urgent priority by default; set " + ZammadSettings.URGENT_PRIORITY));
    }
  }

  static long ticketId(String ticketId) throws PermanentException {
    return number("ticket", ticketId);
  }

  private static long number(String what, String value) throws PermanentException {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new PermanentException("Zammad " + what + " ids are numbers, got '" + value + "'");
    }
  }
}
