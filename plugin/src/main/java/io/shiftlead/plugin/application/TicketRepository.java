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

  long count(String connector);

  void upsertSurveys(String connector, List<SurveyResponse> responses);

  long countSurveys(String connector);
}
