package io.shiftlead.plugin.application.replay;

import io.shiftlead.connectors.spi.model.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Several replayers' actions for the same ticket, in order. */
public final class CompositeReplayer implements Replayer {
  private final List<Replayer> replayers;

  public CompositeReplayer(List<Replayer> replayers) {
    this.replayers = List.copyOf(replayers);
  }

  @Override
  public List<ReplayAction> replay(Ticket ticket, Instant at) {
    List<ReplayAction> actions = new ArrayList<>();
    replayers.forEach(r -> actions.addAll(r.replay(ticket, at)));
    return actions;
  }
}
