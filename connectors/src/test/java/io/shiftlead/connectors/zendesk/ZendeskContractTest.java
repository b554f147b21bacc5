package io.shiftlead.connectors.zendesk;

import io.shiftlead.connectors.contract.HelpdeskConnectorContract;
import io.shiftlead.connectors.contract.HelpdeskFixture;

/** The Zendesk adapter against the shared connector contract, over WireMock fixtures. */
class ZendeskContractTest extends HelpdeskConnectorContract {
  @Override
  protected HelpdeskFixture createFixture() {
    return new ZendeskWireMockFixture();
  }
}
