package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.Ticket;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The ordered policy set; the first policy whose condition matches a ticket applies. */
public final class SlaPolicies {
  private final List<SlaPolicy> ordered;

  public SlaPolicies(List<SlaPolicy> policies) {
    this.ordered = policies.stream().sorted(Comparator.comparingInt(SlaPolicy::order)).toList();
  }

  public static SlaPolicies none() {
    return new SlaPolicies(List.of());
  }

  public List<SlaPolicy> ordered() {
    return ordered;
  }

  /** The policy for the ticket as it is now (current priority, group, tags...). */
  public Optional<SlaPolicy> choose(Ticket ticket) {
    for (SlaPolicy p : ordered) {
      if (p.condition().matches(ticket)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
