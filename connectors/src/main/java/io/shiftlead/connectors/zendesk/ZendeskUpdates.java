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
  private static final int MAX_UNFINISHED_REMEMBERED = 10_000;
  private static final int SAFE_UPDATE_ATTEMPTS = 3;

  private final ZendeskSettings settings;
  private final TicketsApi tickets;
  private final CommentsApi comments;
  private final JobStatusApi jobs;
  /**
   * Tickets whose last update_many job was still unfinished when we stopped waiting, with that job:
   * their next update waits until it has finished, so a recheck never misses a note that is only
   * queued (bounded; the oldest are forgotten).
   */
  private final Map<Long, String> unfinishedJobOf = java.util.Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
          return size() > MAX_UNFINISHED_REMEMBERED;
        }
      });

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
    Map<Long, String> waitingFor = stillUnfinished(updates);
    for (int i = 0; i < updates.size(); i++) {
      TicketUpdate update = updates.get(i);
      results.add(null);
      try {
        long id = ticketId(update.ticketId());
        if (waitingFor.containsKey(id)) {
          results.set(i, UpdateResult.failed(update.ticketId(), new TransientException(
              "ticket " + id + ": Zendesk job " + waitingFor.get(id) + " of an earlier update has"
                  + " not finished; not sent again until it has")));
          continue;
        }
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
    ConnectorException stop = null;
    boolean queuedBefore = false;
    for (int wave = 0; wave < chunks.size(); wave += settings.updateJobsInFlight()) {
      List<List<Pending>> waveChunks =
          chunks.subList(wave, Math.min(wave + settings.updateJobsInFlight(), chunks.size()));
      if (stop == null) {
        stop = applyWave(waveChunks, results, queuedBefore);
        queuedBefore = true;
      } else {
        for (List<Pending> chunk : waveChunks) {
          failAll(chunk, results, stop);
        }
      }
    }
    return results;
  }

  /**
   * Of the tickets in {@code updates} whose last job was left unfinished, those whose job still
   * has not finished, with the job (one status poll for all; a failed poll counts as unfinished).
   */
  private Map<Long, String> stillUnfinished(List<TicketUpdate> updates) {
    Map<Long, String> waiting = new java.util.HashMap<>();
    for (TicketUpdate update : updates) {
      try {
        long id = ticketId(update.ticketId());
        String job = unfinishedJobOf.get(id);
        if (job != null) {
          waiting.put(id, job);
        }
      } catch (PermanentException notANumber) {
        // reported when the update itself is built
      }
    }
    if (waiting.isEmpty()) {
      return waiting;
    }
    Map<String, WireJobStatus> now;
    try {
      now = jobs.statuses(waiting.values().stream().distinct().toList());
    } catch (ConnectorException e) {
      return waiting;
    }
    waiting.entrySet().removeIf(entry -> {
      WireJobStatus job = now.get(entry.getValue());
      boolean done = job == null || job.finished(); // a job Zendesk forgot finished long ago
      if (done) {
        unfinishedJobOf.remove(entry.getKey(), entry.getValue());
      }
      return done;
    });
    return waiting;
  }

  /** Reports every ticket of {@code chunk} failed with {@code why}. */
  private static void failAll(List<Pending> chunk, List<UpdateResult> results,
      ConnectorException why) {
    for (Pending p : chunk) {
      results.set(p.index(), UpdateResult.failed(p.ticketId(), why));
    }
  }

  /**
   * Queues one update_many job per chunk, then waits for all of them together (Zendesk runs them
   * side by side). Failing to queue the first job of the whole call throws (nothing was sent).
   * Otherwise nothing is thrown: failing to queue a later chunk, or a job still unfinished when the
   * wait ends, is reported per ticket as retriable, and the chunks after it are not sent.
   *
   * @return why the chunks after this wave must not be sent, or null
   */
  private ConnectorException applyWave(List<List<Pending>> chunks, List<UpdateResult> results,
      boolean queuedBefore) throws ConnectorException {
    List<WireJobStatus> queued = new ArrayList<>();
    ConnectorException stop = null;
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
        if (queued.isEmpty() && !queuedBefore) {
          throw e;
        }
        // never "failed" for good: this chunk may be fine, and an error of the account (auth,
        // size) must not mark rows that were never sent; the outbox sends them again
        stop = new TransientException("not sent with the rest of its batch: " + e.getMessage(), e);
        break;
      }
    }
    List<WireJobStatus> done = jobs.awaitAll(queued);
    for (int c = 0; c < chunks.size(); c++) {
      List<Pending> chunk = chunks.get(c);
      if (c >= done.size()) {
        failAll(chunk, results, stop);
        continue;
      }
      WireJobStatus job = done.get(c);
      if (!job.finished()) {
        TransientException unknown = new TransientException("Zendesk job " + job.id() + " still "
            + job.status() + " when the wait ended; its outcome is unknown");
        chunk.forEach(p -> unfinishedJobOf.put(ticketIdOrZero(p.ticketId()), job.id()));
        failAll(chunk, results, unknown);
        stop = stop == null ? unknown : stop;
        continue;
      }
      for (int k = 0; k < chunk.size(); k++) {
        Pending p = chunk.get(k);
        results.set(p.index(), result(p, jobResult(job, k, p), job));
      }
    }
    return stop;
  }

  private static long ticketIdOrZero(String ticketId) {
    try {
      return ticketId(ticketId);
    } catch (PermanentException e) {
      return 0L;
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
