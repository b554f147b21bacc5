package io.shiftlead.connectors.zendesk;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import io.shiftlead.connectors.zendesk.api.CommentsApi;
import io.shiftlead.connectors.zendesk.api.JobStatusApi;
import io.shiftlead.connectors.zendesk.api.TicketsApi;
import io.shiftlead.connectors.zendesk.wire.JobStatusResponse;
import io.shiftlead.connectors.zendesk.wire.TicketResponse;
import io.shiftlead.connectors.zendesk.wire.WireComment;
import io.shiftlead.connectors.zendesk.wire.WireJobResult;
import io.shiftlead.connectors.zendesk.wire.WireJobStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@link TicketUpdate}s into Zendesk writes: one {@code PUT /tickets/{id}} per update, or
 * {@code update_many} chunks of {@value #MAX_BATCH}, up to {@code updateJobsInFlight} of them queued
 * at once and then polled together.
 *
 * <p><b>Tags on single updates.</b> {@code additional_tags}/{@code remove_tags} are documented for
 * update_many only; whether {@code PUT /tickets/{id}} honours them is UNCONFIRMED (checked the stored
 * vendor docs and SDKs, found nothing either way; helpdesk-apis.md section 10). Sending {@code tags}
 * would replace every tag, so a single update with tag changes reads the ticket and writes the merged
 * list as a {@code safe_update} with {@code updated_stamp}: a concurrent change answers 409 and we
 * read again (at most {@value #SAFE_UPDATE_ATTEMPTS} times). Batches use the documented
 * {@code additional_tags}/{@code remove_tags}.
 */
final class ZendeskUpdates {
  static final int MAX_BATCH = 100;
  private static final int SAFE_UPDATE_ATTEMPTS = 3;

  private final ZendeskSettings settings;
  private final TicketsApi tickets;
  private final CommentsApi comments;
  private final JobStatusApi jobs;

  ZendeskUpdates(ZendeskSettings settings, TicketsApi tickets, CommentsApi comments, JobStatusApi jobs) {
    this.settings = settings;
    this.tickets = tickets;
    this.comments = comments;
    this.jobs = jobs;
  }

  UpdateResult apply(TicketUpdate update) throws ConnectorException {
    long id = ticketId(update.ticketId());
    boolean noteFound = noteAlreadyPosted(id, update);
    Map<String, Object> changes = changes(update, noteFound ? null : update.note());
    if (!update.addTags().isEmpty() || !update.removeTags().isEmpty()) {
      applyWithTags(id, update, changes);
    } else if (!changes.isEmpty()) {
      tickets.update(id, changes);
    }
    return new UpdateResult(update.ticketId(), noteFound, null);
  }

  private void applyWithTags(long id, TicketUpdate update, Map<String, Object> changes)
      throws ConnectorException {
    for (int attempt = 1; attempt <= SAFE_UPDATE_ATTEMPTS; attempt++) {
      TicketResponse current = tickets.get(id);
      List<String> before = current.ticket().tags() == null ? List.of() : current.ticket().tags();
      Set<String> after = new LinkedHashSet<>(before);
      after.addAll(update.addTags());
      after.removeAll(update.removeTags());
      if (after.equals(new LinkedHashSet<>(before))) {
        if (!changes.isEmpty()) {
          tickets.update(id, changes);
        }
        return;
      }
      Map<String, Object> body = new LinkedHashMap<>(changes);
      body.put("tags", List.copyOf(after));
      body.put("safe_update", true);
      body.put("updated_stamp", String.valueOf(current.ticket().updatedAt()));
      if (tickets.safeUpdate(id, body).isPresent()) {
        return;
      }
    }
    throw new TransientException("Zendesk ticket " + id + " changed during each of "
        + SAFE_UPDATE_ATTEMPTS + " safe updates (409)");
  }

  List<UpdateResult> applyBatch(List<TicketUpdate> updates) throws ConnectorException {
    List<UpdateResult> results = new ArrayList<>(updates.size());
    List<Pending> pending = new ArrayList<>();
    for (int i = 0; i < updates.size(); i++) {
      TicketUpdate update = updates.get(i);
      results.add(null);
      try {
        long id = ticketId(update.ticketId());
        boolean noteFound = noteAlreadyPosted(id, update);
        Map<String, Object> body = changes(update, noteFound ? null : update.note());
        if (!update.addTags().isEmpty()) {
          body.put("additional_tags", List.copyOf(update.addTags()));
        }
        if (!update.removeTags().isEmpty()) {
          body.put("remove_tags", List.copyOf(update.removeTags()));
        }
        if (body.isEmpty()) {
          results.set(i, new UpdateResult(update.ticketId(), noteFound, null));
        } else {
          Map<String, Object> withId = new LinkedHashMap<>();
          withId.put("id", id);
          withId.putAll(body);
          pending.add(new Pending(i, update.ticketId(), noteFound, withId));
        }
      } catch (ConnectorException e) {
        if (e.isRetriable()) {
          throw e;
        }
        results.set(i, UpdateResult.failed(update.ticketId(), e));
      }
    }
    List<List<Pending>> chunks = new ArrayList<>();
    for (int from = 0; from < pending.size(); from += MAX_BATCH) {
      chunks.add(pending.subList(from, Math.min(from + MAX_BATCH, pending.size())));
    }
    for (int wave = 0; wave < chunks.size(); wave += settings.updateJobsInFlight()) {
      applyWave(chunks.subList(wave, Math.min(wave + settings.updateJobsInFlight(), chunks.size())),
          results);
    }
    return results;
  }

  /**
   * Queues one update_many job per chunk, then waits for all of them together (Zendesk runs them
   * side by side). When queueing a later chunk fails, the jobs already queued are still awaited so
   * their results are known; that chunk and the rest are reported failed with the (retriable)
   * error, so nothing queued is ever left with an unknown outcome by our own choice.
   */
  private void applyWave(List<List<Pending>> chunks, List<UpdateResult> results)
      throws ConnectorException {
    List<WireJobStatus> queued = new ArrayList<>();
    ConnectorException notQueued = null;
    for (List<Pending> chunk : chunks) {
      try {
        List<Map<String, Object>> bodies = new ArrayList<>();
        chunk.forEach(p -> bodies.add(p.body()));
        JobStatusResponse response = tickets.updateMany(bodies);
        if (response.jobStatus() == null || response.jobStatus().id() == null) {
          throw new TransientException("Zendesk update_many answered without a job status");
        }
        queued.add(response.jobStatus());
      } catch (ConnectorException e) {
        if (queued.isEmpty()) {
          throw e;
        }
        notQueued = e;
        break;
      }
    }
    List<WireJobStatus> done = jobs.awaitAllFinished(queued);
    for (int c = 0; c < chunks.size(); c++) {
      List<Pending> chunk = chunks.get(c);
      for (int k = 0; k < chunk.size(); k++) {
        Pending p = chunk.get(k);
        results.set(p.index(), c < done.size()
            ? result(p, jobResult(done.get(c), k, p), done.get(c))
            : UpdateResult.failed(p.ticketId(), notQueued));
      }
    }
  }

  private static WireJobResult jobResult(WireJobStatus job, int indexInChunk, Pending pending) {
    if (job.results() == null) {
      return null;
    }
    for (WireJobResult result : job.results()) {
      if (result.index() != null && result.index() == indexInChunk) {
        return result;
      }
    }
    for (WireJobResult result : job.results()) {
      if (result.id() != null && result.id().toString().equals(pending.ticketId())) {
        return result;
      }
    }
    return null;
  }

  private static UpdateResult result(Pending p, WireJobResult result, WireJobStatus job) {
    if (result == null) {
      return "completed".equals(job.status())
          ? new UpdateResult(p.ticketId(), p.noteFound(), null)
          : UpdateResult.failed(p.ticketId(), new TransientException("Zendesk job " + job.id()
              + " " + job.status() + " without a result for ticket " + p.ticketId()
              + (job.message() == null ? "" : ": " + job.message())));
    }
    if (!Boolean.FALSE.equals(result.success())) {
      return new UpdateResult(p.ticketId(), p.noteFound(), null);
    }
    String why = "Zendesk refused the update of ticket " + p.ticketId() + ": "
        + (result.error() == null ? "error" : result.error())
        + (result.details() == null ? "" : " (" + result.details() + ")");
    ConnectorException error = result.error() != null && result.error().contains("NotFound")
        ? new NotFoundException(why) : new PermanentException(why);
    return new UpdateResult(p.ticketId(), p.noteFound(), error);
  }

  /** True when the update asks for a recheck and the note's marker is already in the conversation. */
  private boolean noteAlreadyPosted(long id, TicketUpdate update) throws ConnectorException {
    if (update.note() == null || !update.recheckNote()) {
      return false;
    }
    String marker = update.note().marker();
    for (WireComment comment : comments.list(id)) {
      if (contains(comment.body(), marker) || contains(comment.plainBody(), marker)
          || contains(comment.htmlBody(), marker)) {
        return true;
      }
    }
    return false;
  }

  private Map<String, Object> changes(TicketUpdate update, InternalNote note)
      throws PermanentException {
    Map<String, Object> changes = new LinkedHashMap<>();
    if (!update.customFields().isEmpty()) {
      List<Map<String, Object>> fields = new ArrayList<>();
      for (Map.Entry<String, Object> entry : update.customFields().entrySet()) {
        Long fieldId = settings.customFields().get(entry.getKey());
        if (fieldId == null) {
          throw new PermanentException("custom field key '" + entry.getKey()
              + "' has no Zendesk field id; add it to setting " + ZendeskSettings.CUSTOM_FIELDS);
        }
        Map<String, Object> field = new HashMap<>();
        field.put("id", fieldId);
        field.put("value", entry.getValue());
        fields.add(field);
      }
      changes.put("custom_fields", fields);
    }
    if (update.priority() != null) {
      changes.put("priority", update.priority().wireName());
    }
    if (update.group() != null) {
      changes.put("group_id", number("group", update.group()));
    }
    if (update.assignee() != null) {
      changes.put("assignee_id", number("assignee", update.assignee()));
    }
    if (note != null) {
      Map<String, Object> comment = new LinkedHashMap<>();
      comment.put("body", note.body() + "\n\n" + note.marker());
      comment.put("public", false);
      changes.put("comment", comment);
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
      throw new PermanentException("Zendesk " + what + " ids are numbers, got '" + value + "'");
    }
  }

  private static boolean contains(String text, String marker) {
    return text != null && text.contains(marker);
  }

  private record Pending(int index, String ticketId, boolean noteFound, Map<String, Object> body) {}
}
