package io.shiftlead.plugin.application.qa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Agents' disputes of QA scores. */
public interface DisputeRepository {

  /** Stores an open dispute; @return its id. */
  long open(Dispute dispute);

  Optional<Dispute> find(long id);

  /** Accepts or rejects an open dispute; false when it is not open (any more). */
  boolean resolve(long id, Dispute.Status status, String resolver, String resolution, Instant at);

  List<Dispute> forTicket(String connector, String ticketId);
}
