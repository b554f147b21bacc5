package io.shiftlead.connectors.jsm;

import io.shiftlead.connectors.contract.HelpdeskConnectorContract;
import io.shiftlead.connectors.contract.HelpdeskFixture;

/** The JSM adapter against the shared connector contract, over WireMock fixtures. */
class JsmContractTest extends HelpdeskConnectorContract {
  @Override
  protected HelpdeskFixture createFixture() {
    return new JsmWireMockFixture();
  }
}
