package io.shiftlead.plugin.faults;

import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.util.List;
import java.util.Optional;

/**
 * A connector that dies with the "process" when the {@link KillSwitch} fires: before a call (it
 * never reached the helpdesk) or after it (the helpdesk did it, nobody recorded it).
 */
final class KillingConnector implements HelpdeskConnector {
  private final HelpdeskConnector delegate;
  private final KillSwitch kill;

  KillingConnector(HelpdeskConnector delegate, KillSwitch kill) {
    this.delegate = delegate;
    this.kill = kill;
  }

  @Override
  public Capabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public Page<Ticket> pullTickets(Cursor cursor) throws ConnectorException {
    kill.tick();
    Page<Ticket> page = delegate.pullTickets(cursor);
    kill.tick();
    return page;
  }

  @Override
  public Page<SurveyResponse> pullSurveys(Cursor cursor) throws ConnectorException {
    kill.tick();
    return delegate.pullSurveys(cursor);
  }

  @Override
  public Optional<Ticket> fetchTicket(String ticketId) throws ConnectorException {
    kill.tick();
    return delegate.fetchTicket(ticketId);
  }

  @Override
  public UpdateResult apply(TicketUpdate update) throws ConnectorException {
    kill.tick();
    UpdateResult result = delegate.apply(update);
    kill.tick();
    return result;
  }

  @Override
  public List<UpdateResult> applyBatch(List<TicketUpdate> updates) throws ConnectorException {
    kill.tick();
    List<UpdateResult> results = delegate.applyBatch(updates);
    kill.tick();
    return results;
  }

  @Override
  public Optional<WebhookHandler> webhooks() {
    return delegate.webhooks();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
