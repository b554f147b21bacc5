package io.shiftlead.connectors.zendesk;

import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.model.Ticket;
import java.util.Map;

/** Test helper: pulls pages from a cursor until the end of the stream. */
final class PullUntilEnd {
  private static final int MAX_PAGES = 200;

  private PullUntilEnd() {}

  /** Puts every pulled ticket into {@code tickets} (the latest copy wins); answers the last cursor. */
  static Cursor into(HelpdeskConnector connector, Cursor from, Map<String, Ticket> tickets)
      throws ConnectorException {
    Cursor cursor = from;
    for (int page = 0; page < MAX_PAGES; page++) {
      Page<Ticket> result = connector.pullTickets(cursor);
      result.items().forEach(t -> tickets.put(t.id(), t));
      cursor = result.next();
      if (result.endOfStream()) {
        return cursor;
      }
    }
    throw new AssertionError("no end of stream after " + MAX_PAGES + " pages");
  }
}
