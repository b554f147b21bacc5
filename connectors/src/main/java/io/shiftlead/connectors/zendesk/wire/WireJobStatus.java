package io.shiftlead.connectors.zendesk.wire;

import java.util.List;
import java.util.Set;

/** A background job; {@code status} is queued, working, completed, failed or killed. */
public record WireJobStatus(
    String id, String status, Integer total, Integer progress, String message,
    List<WireJobResult> results) {

  private static final Set<String> FINISHED = Set.of("completed", "failed", "killed");

  public boolean finished() {
    return status != null && FINISHED.contains(status);
  }
}
