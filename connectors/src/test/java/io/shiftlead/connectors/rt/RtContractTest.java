package io.shiftlead.connectors.rt;

import io.shiftlead.connectors.contract.HelpdeskConnectorContract;
import io.shiftlead.connectors.contract.HelpdeskFixture;

/**
 * The Request Tracker adapter against the shared connector contract, over fixtures recorded from a
 * real RT 5.0.3. The survey and webhook tests skip themselves: RT has neither.
 */
class RtContractTest extends HelpdeskConnectorContract {
  @Override
  protected HelpdeskFixture createFixture() {
    return new RtWireMockFixture();
  }
}
