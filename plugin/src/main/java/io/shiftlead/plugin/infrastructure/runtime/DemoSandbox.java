package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.SandboxConfig;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import io.shiftlead.testfixtures.sandbox.Vendor;
import java.util.logging.Logger;

/**
 * Starts the sandbox helpdesk inside the server for the demo, so one {@code java -jar} shows the
 * whole flow against a Zendesk-speaking helpdesk (see ADR 0002). Never enabled in production
 * configurations.
 */
final class DemoSandbox {
  private static final Logger LOG = Logger.getLogger(DemoSandbox.class.getName());

  private DemoSandbox() {}

  static AutoCloseable start(SandboxConfig config) {
    SandboxHelpdesk sandbox = SandboxHelpdesk.start(SandboxOptions.defaults()
        .withPort(config.port())
        .withSeed(config.seed())
        .withTicketCount(config.tickets())
        .withRequestsPerMinute(config.requestsPerMinute())
        .withCredentials(config.email(), config.apiToken())
        .withVendor(Vendor.valueOf(config.vendor().toUpperCase(java.util.Locale.ROOT)))
        .withClosedTicketsReadOnly(true)); // as the vendors: closed tickets refuse updates
    LOG.info(() -> "sandbox " + config.vendor() + " helpdesk with " + config.tickets() + " tickets at "
        + sandbox.baseUrl() + " (see " + sandbox.baseUrl() + "/sandbox)");
    return sandbox;
  }
}
