package io.shiftlead.plugin.application.replay;

import io.shiftlead.connectors.spi.model.Ticket;
import java.time.Instant;
import java.util.List;

/** What the server's evaluation would do to a ticket at an instant, without doing it. */
public interface Replayer {
  List<ReplayAction> replay(Ticket ticket, Instant at);
}
