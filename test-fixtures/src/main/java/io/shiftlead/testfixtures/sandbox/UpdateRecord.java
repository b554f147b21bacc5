package io.shiftlead.testfixtures.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One applied update, as shown on the admin page: when (sandbox time), which ticket, through which
 * door ("put", "update_many", "touch") and which fields changed ("comment" for an added comment).
 */
public record UpdateRecord(Instant at, long ticketId, String source, List<String> changed) {

  public UpdateRecord {
    changed = List.copyOf(changed);
  }
}
