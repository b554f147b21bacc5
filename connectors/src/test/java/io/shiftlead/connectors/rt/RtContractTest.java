package io.shiftlead.connectors.rt;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.contract.HelpdeskConnectorContract;
import io.shiftlead.connectors.contract.HelpdeskFixture;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.model.Ticket;
import org.junit.jupiter.api.Test;

/**
 * The Request Tracker adapter against the shared connector contract, over fixtures recorded from a
 * real RT 5.0.3. The survey and webhook tests skip themselves: RT has neither.
 */
class RtContractTest extends HelpdeskConnectorContract {
  @Override
  protected HelpdeskFixture createFixture() {
    return new RtWireMockFixture();
  }

  @Test
  void theSearchTotalSaysHowManyTicketsAreLeftFromEachPage() throws Exception {
    HelpdeskFixture.BackfillCase backfill = fixture.givenTicketsUpdatedSince();
    HelpdeskConnector connector = connector();

    Page<Ticket> fromStart = connector.pullTickets(Cursor.BEGINNING);
    Page<Ticket> fromBackfill = connector.pullTickets(
        connector.ticketCursorFrom(backfill.from()).orElseThrow());

    assertThat(fromStart.remaining()).isEqualTo(5L); // recorded total of the whole search
    assertThat(fromBackfill.remaining()).isEqualTo(3L);
    assertThat(fromBackfill.items()).hasSize(3);
  }
}
