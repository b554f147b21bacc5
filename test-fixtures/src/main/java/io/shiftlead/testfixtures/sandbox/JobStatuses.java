package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * Background jobs of update_many. A job is answered "queued", runs on a background thread shortly
 * after, and, so that polling tests never race the thread, also runs on the first status poll if it
 * has not yet. Each ticket succeeds or fails on its own, reported in {@code results}.
 */
final class JobStatuses implements AutoCloseable {

  static final long RUN_DELAY_MILLIS = 50;

  /** One ticket of a job: its position in the request, its id (null if missing), its changes. */
  record Item(int index, Long ticketId, JsonNode changes) {}

  private final SandboxState state;
  private final String baseUrl;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "sandbox-jobs");
    thread.setDaemon(true);
    return thread;
  });

  JobStatuses(SandboxState state, String baseUrl) {
    this.state = state;
    this.baseUrl = baseUrl;
  }

  ObjectNode submit(List<Item> items) {
    Job job = new Job(UUID.randomUUID().toString().replace("-", ""), List.copyOf(items));
    jobs.put(job.id, job);
    runner.schedule(() -> run(job), RUN_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    return wrap(job);
  }

  Response show(ApiRequest request, Matcher path) {
    Job job = jobs.get(path.group(1));
    if (job == null) {
      throw JsonResponses.notFound();
    }
    run(job);
    return JsonResponses.ok(wrap(job));
  }

  Response showMany(ApiRequest request, Matcher path) {
    ObjectNode body = JsonResponses.object();
    ArrayNode array = body.putArray("job_statuses");
    String ids = request.param("ids");
    for (String id : ids == null ? new String[0] : ids.split(",")) {
      Job job = jobs.get(id.trim());
      if (job != null) {
        run(job);
        array.add(render(job));
      }
    }
    return JsonResponses.ok(body);
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }

  private void run(Job job) {
    synchronized (job) {
      if (job.results != null) {
        return;
      }
      ArrayNode results = JsonResponses.MAPPER.createArrayNode();
      for (Item item : job.items) {
        results.add(apply(item));
      }
      job.results = results;
      job.completedAt = java.time.Instant.now();
    }
  }

  private ObjectNode apply(Item item) {
    ObjectNode result = JsonResponses.object();
    if (item.ticketId() != null) {
      result.put("id", item.ticketId());
    } else {
      result.putNull("id");
    }
    result.put("index", item.index());
    try {
      if (item.ticketId() == null) {
        throw JsonResponses.notFound();
      }
      state.requireLive(item.ticketId());
      state.applyUpdate(item.ticketId(), TicketChanges.parse(item.changes(), state), "update_many");
      return result.put("action", "update").put("success", true).put("status", "Updated");
    } catch (ApiError e) {
      return result.put("success", false).put("error", errorName(e.response.status))
          .put("details", describe(item, e.response));
    }
  }

  private static String errorName(int status) {
    switch (status) {
      case 404:
        return "TicketNotFound";
      case 409:
        return "UpdateConflict";
      case 422:
        return "RecordInvalid";
      case 429:
        return "TooManyUpdates";
      default:
        return "InvalidValue";
    }
  }

  private static String describe(Item item, Response response) {
    if (response.status == 404) {
      return "Ticket " + item.ticketId() + " not found";
    }
    return new String(response.body, java.nio.charset.StandardCharsets.UTF_8);
  }

  private ObjectNode wrap(Job job) {
    ObjectNode body = JsonResponses.object();
    body.set("job_status", render(job));
    return body;
  }

  private ObjectNode render(Job job) {
    synchronized (job) {
      boolean done = job.results != null;
      ObjectNode node = JsonResponses.object();
      node.put("id", job.id);
      node.put("url", baseUrl + "/api/v2/job_statuses/" + job.id + ".json");
      node.put("status", done ? "completed" : "queued");
      node.put("total", job.items.size());
      node.put("progress", done ? job.items.size() : 0);
      if (done) {
        node.put("message", "Completed at " + job.completedAt);
        node.set("results", job.results);
      } else {
        node.putNull("message");
        node.putNull("results");
      }
      return node;
    }
  }

  private static final class Job {
    final String id;
    final List<Item> items;
    ArrayNode results;
    java.time.Instant completedAt;

    Job(String id, List<Item> items) {
      this.id = id;
      this.items = items;
    }
  }
}
