package io.shiftlead.connectors.zendesk.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.zendesk.ZendeskClient;
import io.shiftlead.connectors.zendesk.wire.JobStatusResponse;
import io.shiftlead.connectors.zendesk.wire.JobStatusesResponse;
import io.shiftlead.connectors.zendesk.wire.WireJobStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Polls {@code /api/v2/job_statuses/{id}.json} until a job finishes, with a bounded back-off; several
 * jobs queued together are polled with one {@code job_statuses/show_many} call per round.
 */
public final class JobStatusApi {
  private static final Duration FIRST_POLL = Duration.ofSeconds(1);
  private static final Duration MAX_POLL = Duration.ofSeconds(10);

  private final ZendeskClient client;
  private final Sleeper sleeper;
  private final Duration maxWait;

  public JobStatusApi(ZendeskClient client, Sleeper sleeper, Duration maxWait) {
    this.client = client;
    this.sleeper = sleeper;
    this.maxWait = maxWait;
  }

  /**
   * Waits for {@code job} to finish (completed, failed or killed).
   *
   * @throws TransientException when it is still running after the wait budget (its outcome is
   *     unknown: the caller retries with the note recheck on)
   */
  public WireJobStatus awaitFinished(WireJobStatus job) throws ConnectorException {
    return awaitAllFinished(List.of(job)).get(0);
  }

  /**
   * Waits until every one of {@code jobs} has finished; answers their final states in the same
   * order. A rate-limited poll is reported as a {@link TransientException}: the jobs were queued,
   * so their outcome is unknown, not "not applied" as a 429 on a write would mean.
   *
   * @throws TransientException when any is still running after the wait budget
   */
  public List<WireJobStatus> awaitAllFinished(List<WireJobStatus> jobs) throws ConnectorException {
    List<WireJobStatus> current = new ArrayList<>(jobs);
    Duration waited = Duration.ZERO;
    Duration pause = FIRST_POLL;
    while (current.stream().anyMatch(job -> !job.finished())) {
      if (waited.compareTo(maxWait) >= 0) {
        throw new TransientException("Zendesk job " + firstUnfinished(current).id() + " still "
            + firstUnfinished(current).status() + " after " + waited.toSeconds() + " s");
      }
      try {
        sleeper.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransientException("interrupted while waiting for Zendesk job "
            + firstUnfinished(current).id(), e);
      }
      waited = waited.plus(pause);
      pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
      try {
        poll(current);
      } catch (RateLimitedException e) {
        throw new TransientException("Zendesk job status polls were rate limited; the outcome of"
            + " job " + firstUnfinished(current).id() + " is unknown", e);
      }
    }
    return current;
  }

  private void poll(List<WireJobStatus> current) throws ConnectorException {
    List<String> open = current.stream().filter(job -> !job.finished()).map(WireJobStatus::id)
        .toList();
    Map<String, WireJobStatus> polled = new HashMap<>();
    if (open.size() == 1) {
      WireJobStatus one = client.get("job status " + open.get(0),
          client.url("api/v2/job_statuses/" + open.get(0) + ".json").build(),
          JobStatusResponse.class).jobStatus();
      if (one != null) {
        polled.put(open.get(0), one);
      }
    } else {
      JobStatusesResponse many = client.get("job statuses " + String.join(",", open),
          client.url("api/v2/job_statuses/show_many.json")
              .addQueryParameter("ids", String.join(",", open)).build(),
          JobStatusesResponse.class);
      if (many.jobStatuses() != null) {
        many.jobStatuses().stream().filter(job -> job != null && job.id() != null)
            .forEach(job -> polled.put(job.id(), job));
      }
    }
    for (int i = 0; i < current.size(); i++) {
      WireJobStatus job = current.get(i);
      if (job.finished()) {
        continue;
      }
      WireJobStatus now = polled.get(job.id());
      if (now == null) {
        throw new TransientException("Zendesk job status " + job.id() + " came back empty");
      }
      current.set(i, now);
    }
  }

  private static WireJobStatus firstUnfinished(List<WireJobStatus> jobs) {
    return jobs.stream().filter(job -> !job.finished()).findFirst().orElse(jobs.get(0));
  }
}
