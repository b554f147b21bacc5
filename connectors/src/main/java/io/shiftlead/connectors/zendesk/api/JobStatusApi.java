package io.shiftlead.connectors.zendesk.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
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
   * Polls {@code jobs} together until every one has finished, the wait budget (the per-job budget
   * times the number of jobs: Zendesk runs an account's jobs from one queue) is spent, or a poll
   * fails; answers their last known states in the same order, some possibly unfinished. Never
   * throws for a slow job or a failed poll: the jobs were queued, so an unfinished one has an
   * unknown outcome, which the caller must report as such, not as "not applied".
   */
  public List<WireJobStatus> awaitAll(List<WireJobStatus> jobs) {
    List<WireJobStatus> current = new ArrayList<>(jobs);
    Duration budget = maxWait.multipliedBy(Math.max(1, jobs.size()));
    Duration waited = Duration.ZERO;
    Duration pause = FIRST_POLL;
    while (current.stream().anyMatch(job -> !job.finished()) && waited.compareTo(budget) < 0) {
      try {
        sleeper.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return current;
      }
      waited = waited.plus(pause);
      pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
      List<String> open = current.stream().filter(job -> !job.finished()).map(WireJobStatus::id)
          .toList();
      Map<String, WireJobStatus> polled;
      try {
        polled = statuses(open);
      } catch (ConnectorException e) {
        return current; // rate limited or unreachable: the outcome of the open jobs is unknown
      }
      for (int i = 0; i < current.size(); i++) {
        WireJobStatus now = polled.get(current.get(i).id());
        if (!current.get(i).finished() && now != null) {
          current.set(i, now);
        }
      }
    }
    return current;
  }

  /**
   * The current states of these jobs, by id, in one call ({@code job_statuses/show_many} for
   * several); a job Zendesk no longer knows is absent.
   */
  public Map<String, WireJobStatus> statuses(List<String> ids) throws ConnectorException {
    Map<String, WireJobStatus> polled = new HashMap<>();
    if (ids.isEmpty()) {
      return polled;
    }
    if (ids.size() == 1) {
      WireJobStatus one = client.get("job status " + ids.get(0),
          client.url("api/v2/job_statuses/" + ids.get(0) + ".json").build(),
          JobStatusResponse.class).jobStatus();
      if (one != null) {
        polled.put(ids.get(0), one);
      }
      return polled;
    }
    JobStatusesResponse many = client.get("job statuses " + String.join(",", ids),
        client.url("api/v2/job_statuses/show_many.json")
            .addQueryParameter("ids", String.join(",", ids)).build(),
        JobStatusesResponse.class);
    if (many.jobStatuses() != null) {
      many.jobStatuses().stream().filter(job -> job != null && job.id() != null)
          .forEach(job -> polled.put(job.id(), job));
    }
    return polled;
  }
}
