package io.shiftlead.connectors.zammad;

import io.shiftlead.connectors.contract.HelpdeskConnectorContract;
import io.shiftlead.connectors.contract.HelpdeskFixture;

/** The Zammad adapter against the shared connector contract, over WireMock fixtures. */
class ZammadContractTest extends HelpdeskConnectorContract {
  @Override
  protected HelpdeskFixture createFixture() {
    return new ZammadWireMockFixture();
  }
}
