package io.shiftlead.plugin.application.qa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store's QA results (latest per ticket) and reviews. */
public interface QaRepository {

  /** Stores the ticket's latest result; false (and nothing written) when it did not change. */
  boolean saveIfChanged(QaSnapshot snapshot);

  Optional<QaSnapshot> find(String connector, String ticketId);

  /**
   * Latest results scored in [from, to), oldest first.
   *
   * @param agent only this agent's tickets; null for every agent
   */
  List<QaSnapshot> scored(String connector, Instant from, Instant to, String agent);

  /** @return the new review's id */
  long addReview(StoredReview review);

  /** The ticket's reviews, oldest first. */
  List<StoredReview> reviews(String connector, String ticketId);

  /** Every review of the connector's tickets, oldest first. */
  List<StoredReview> reviews(String connector);
}
