package io.shiftlead.plugin.application;

import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import java.util.List;
import java.util.Optional;

/** The store's copy of the tickets each connector has pulled. Upserts are idempotent. */
public interface TicketRepository {

  /** Stores the tickets of one page, replacing older copies; all or nothing. */
  void upsertAll(String connector, List<Ticket> tickets);

  Optional<Ticket> find(String connector, String ticketId);

  /** The stored copies of these tickets, by id; tickets not stored are absent. */
  default java.util.Map<String, Ticket> findAll(String connector, List<String> ticketIds) {
    java.util.Map<String, Ticket> found = new java.util.HashMap<>();
    for (String id : ticketIds) {
      find(connector, id).ifPresent(t -> found.put(id, t));
    }
    return found;
  }

  long count(String connector);

  /**
   * Hands every stored ticket of the connector that is not solved, closed or deleted to
   * {@code each}, one at a time (the SLA scheduler's start-up load).
   */
  void forEachOpen(String connector, java.util.function.Consumer<Ticket> each);

  void upsertSurveys(String connector, List<SurveyResponse> responses);

  long countSurveys(String connector);
}
