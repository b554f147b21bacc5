package io.shiftlead.plugin.application;

import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns an evaluation into the smallest update that makes the ticket match it. Only differences are
 * sent, and a note is dropped when the ticket's conversation already shows its marker or the outbox
 * says it was (or may have been) posted: evaluating a ticket again after our own write changes
 * nothing, which is what keeps write-back idempotent and inside Zendesk's per-ticket update limit.
 */
public final class WriteBackPlanner {

  public Optional<PlannedUpdate> plan(
      Ticket ticket, Evaluation evaluation, Predicate<String> notePostedOrPending) {
    // closed tickets are read-only in the helpdesks we know (Zendesk answers 422): never plan a write
    if (ticket.deleted() || ticket.status() == TicketStatus.CLOSED || evaluation.decidesNothing()) {
      return Optional.empty();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    evaluation.fields().forEach((key, value) -> {
      if (!sameValue(ticket.fields().get(key), value)) {
        fields.put(key, value);
      }
    });
    Set<String> addTags = evaluation.addTags().stream()
        .filter(tag -> !ticket.tags().contains(tag)).collect(Collectors.toCollection(TreeSet::new));
    Set<String> removeTags = evaluation.removeTags().stream()
        .filter(ticket.tags()::contains).collect(Collectors.toCollection(TreeSet::new));
    Priority priority = evaluation.priority() == ticket.priority() ? null : evaluation.priority();
    String group = Objects.equals(evaluation.group(), ticket.group()) ? null : evaluation.group();
    String assignee = evaluation.assignee() == null || (ticket.assignee() != null
        && evaluation.assignee().equals(ticket.assignee().id())) ? null : evaluation.assignee();
    InternalNote note = noteToPost(ticket, evaluation, notePostedOrPending);

    TicketUpdate update = new TicketUpdate(ticket.id(), fields, addTags, removeTags, priority, group,
        assignee, note, false);
    if (update.isEmpty()) {
      return Optional.empty();
    }
    String updateKey = "upd-" + digest(ticket.id() + "|" + ticket.updatedAt() + "|"
        + canonical(update)).substring(0, 24);
    return Optional.of(new PlannedUpdate(updateKey, update, evaluation.reasons()));
  }

  /**
   * The content-keyed note first; when there is none to post, the first keyed note not yet on the
   * ticket or in the outbox. One note per update: the others follow on the next evaluation (our
   * own update brings the ticket back).
   */
  private static InternalNote noteToPost(
      Ticket ticket, Evaluation evaluation, Predicate<String> notePostedOrPending) {
    if (evaluation.noteBody() != null) {
      InternalNote note = new InternalNote(evaluation.noteBody(), noteKey(ticket.id(), evaluation));
      if (!posted(ticket, note, notePostedOrPending)) {
        return note;
      }
    }
    for (Map.Entry<String, String> keyed : evaluation.keyedNotes().entrySet()) {
      InternalNote note = new InternalNote(keyed.getValue(),
          keyedNoteKey(ticket.id(), keyed.getKey()));
      if (!posted(ticket, note, notePostedOrPending)) {
        return note;
      }
    }
    return null;
  }

  private static boolean posted(Ticket ticket, InternalNote note,
      Predicate<String> notePostedOrPending) {
    boolean visibleOnTicket = ticket.comments().stream()
        .map(Comment::body).anyMatch(body -> body.contains(note.marker()));
    return visibleOnTicket || notePostedOrPending.test(note.idempotencyKey());
  }

  /** A keyed note's idempotency key: one per (key, ticket), whatever the text. */
  static String keyedNoteKey(String ticketId, String key) {
    return key.replaceAll("[^A-Za-z0-9]", "") + ".ticket." + safeTicket(ticketId);
  }

  private static String safeTicket(String ticketId) {
    String safeTicket = ticketId.replaceAll("[^A-Za-z0-9._-]", "_");
    return safeTicket.length() > 40 ? digest(ticketId).substring(0, 16) : safeTicket;
  }

  /** The note's idempotency key: same decision on the same ticket, same key. */
  static String noteKey(String ticketId, Evaluation evaluation) {
    return evaluation.evaluatorId().replaceAll("[^A-Za-z0-9]", "") + "." + safeTicket(ticketId)
        + "."
        + digest(evaluation.noteBody()).substring(0, 12);
  }

  private static boolean sameValue(Object current, Object desired) {
    if (current == null || desired == null) {
      return current == desired;
    }
    return String.valueOf(current).equals(String.valueOf(desired));
  }

  private static String canonical(TicketUpdate update) {
    // sorted copies: Set.copyOf iteration order changes between JVM runs, keys must not
    return new TreeMap<>(update.customFields()) + "|" + new TreeSet<>(update.addTags()) + "|"
        + new TreeSet<>(update.removeTags()) + "|" + update.priority() + "|" + update.group() + "|"
        + update.assignee() + "|" + (update.note() == null ? "" : update.note().idempotencyKey());
  }

  static String digest(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
