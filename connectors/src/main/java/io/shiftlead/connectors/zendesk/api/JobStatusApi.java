package io.shiftlead.connectors.zendesk.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.zendesk.ZendeskClient;
import io.shiftlead.connectors.zendesk.wire.JobStatusResponse;
import io.shiftlead.connectors.zendesk.wire.WireJobStatus;
import java.time.Duration;

/** Polls {@code /api/v2/job_statuses/{id}.json} until a job finishes, with a bounded back-off. */
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
    WireJobStatus current = job;
    Duration waited = Duration.ZERO;
    Duration pause = FIRST_POLL;
    while (!current.finished()) {
      if (waited.compareTo(maxWait) >= 0) {
        throw new TransientException("Zendesk job " + job.id() + " still " + current.status()
            + " after " + waited.toSeconds() + " s");
      }
      try {
        sleeper.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransientException("interrupted while waiting for Zendesk job " + job.id(), e);
      }
      waited = waited.plus(pause);
      pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
      current = client.get("job status " + job.id(),
          client.url("api/v2/job_statuses/" + job.id() + ".json").build(),
          JobStatusResponse.class).jobStatus();
      if (current == null) {
        throw new TransientException("Zendesk job status " + job.id() + " came back empty");
      }
    }
    return current;
  }
}
