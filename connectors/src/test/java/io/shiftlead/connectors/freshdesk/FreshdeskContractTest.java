package io.shiftlead.connectors.freshdesk;

import io.shiftlead.connectors.contract.HelpdeskConnectorContract;
import io.shiftlead.connectors.contract.HelpdeskFixture;

/** The Freshdesk adapter against the shared connector contract, over WireMock fixtures. */
class FreshdeskContractTest extends HelpdeskConnectorContract {
  @Override
  protected HelpdeskFixture createFixture() {
    return new FreshdeskWireMockFixture();
  }
}
