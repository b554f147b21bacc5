package io.shiftlead.testfixtures.sandbox;

import io.shiftlead.testfixtures.generator.DatasetGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * How to start a {@link SandboxHelpdesk}. Immutable; start from {@link #defaults()} and use the
 * {@code with*} methods. {@code port} 0 picks a free port; {@code requestsPerMinute} 0 means no
 * account limit; {@code exportLagSeconds} hides changes younger than that from the incremental
 * export (Zendesk hides the last minute). The sandbox's own time starts at {@code baseInstant}
 * (the dataset's "now") and advances with {@code clock}, so seeded history is always in the past.
 * {@code closedTicketsReadOnly} turns on Zendesk's refusal (422) to update closed tickets; it is off
 * by default so that write-back demos and tests can touch every ticket. {@code vendor} picks the API
 * served under {@code /api/v2}: Zendesk (default) or Freshdesk, over the same data.
 */
public record SandboxOptions(
    int port,
    long seed,
    int ticketCount,
    int requestsPerMinute,
    String email,
    String apiToken,
    int exportLagSeconds,
    Instant baseInstant,
    Clock clock,
    boolean closedTicketsReadOnly,
    Vendor vendor) {

  public static final String DEFAULT_EMAIL = DatasetGenerator.API_USER_EMAIL;
  public static final String DEFAULT_API_TOKEN = "sandbox-api-token";

  public SandboxOptions {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(apiToken, "apiToken");
    Objects.requireNonNull(baseInstant, "baseInstant");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(vendor, "vendor");
    if (port < 0 || ticketCount < 0 || requestsPerMinute < 0 || exportLagSeconds < 0) {
      throw new IllegalArgumentException("port, ticketCount, requestsPerMinute, exportLagSeconds must be >= 0");
    }
  }

  /** The options as they were before {@code vendor} existed: a Zendesk sandbox. */
  public SandboxOptions(int port, long seed, int ticketCount, int requestsPerMinute, String email,
      String apiToken, int exportLagSeconds, Instant baseInstant, Clock clock,
      boolean closedTicketsReadOnly) {
    this(port, seed, ticketCount, requestsPerMinute, email, apiToken, exportLagSeconds, baseInstant,
        clock, closedTicketsReadOnly, Vendor.ZENDESK);
  }

  public static SandboxOptions defaults() {
    return new SandboxOptions(0, 42L, 500, 0, DEFAULT_EMAIL, DEFAULT_API_TOKEN, 0,
        DatasetGenerator.DEFAULT_BASE_INSTANT, Clock.systemUTC(), false, Vendor.ZENDESK);
  }

  public SandboxOptions withPort(int value) {
    return new SandboxOptions(value, seed, ticketCount, requestsPerMinute, email, apiToken,
        exportLagSeconds, baseInstant, clock, closedTicketsReadOnly, vendor);
  }

  public SandboxOptions withSeed(long value) {
    return new SandboxOptions(port, value, ticketCount, requestsPerMinute, email, apiToken,
        exportLagSeconds, baseInstant, clock, closedTicketsReadOnly, vendor);
  }

  public SandboxOptions withTicketCount(int value) {
    return new SandboxOptions(port, seed, value, requestsPerMinute, email, apiToken,
        exportLagSeconds, baseInstant, clock, closedTicketsReadOnly, vendor);
  }

  public SandboxOptions withRequestsPerMinute(int value) {
    return new SandboxOptions(port, seed, ticketCount, value, email, apiToken, exportLagSeconds,
        baseInstant, clock, closedTicketsReadOnly, vendor);
  }

  public SandboxOptions withCredentials(String newEmail, String newApiToken) {
    return new SandboxOptions(port, seed, ticketCount, requestsPerMinute, newEmail, newApiToken,
        exportLagSeconds, baseInstant, clock, closedTicketsReadOnly, vendor);
  }

  public SandboxOptions withExportLagSeconds(int value) {
    return new SandboxOptions(port, seed, ticketCount, requestsPerMinute, email, apiToken, value,
        baseInstant, clock, closedTicketsReadOnly, vendor);
  }

  public SandboxOptions withBaseInstant(Instant value) {
    return new SandboxOptions(port, seed, ticketCount, requestsPerMinute, email, apiToken,
        exportLagSeconds, value, clock, closedTicketsReadOnly, vendor);
  }

  public SandboxOptions withClock(Clock value) {
    return new SandboxOptions(port, seed, ticketCount, requestsPerMinute, email, apiToken,
        exportLagSeconds, baseInstant, value, closedTicketsReadOnly, vendor);
  }

  public SandboxOptions withClosedTicketsReadOnly(boolean value) {
    return new SandboxOptions(port, seed, ticketCount, requestsPerMinute, email, apiToken,
        exportLagSeconds, baseInstant, clock, value, vendor);
  }

  /**
   * Serves the same dataset and state through another vendor's API. In {@link Vendor#FRESHDESK} mode
   * the {@code apiToken} is the Freshdesk API key ({@code Authorization: Basic base64(apiKey:X)}).
   */
  public SandboxOptions withVendor(Vendor value) {
    return new SandboxOptions(port, seed, ticketCount, requestsPerMinute, email, apiToken,
        exportLagSeconds, baseInstant, clock, closedTicketsReadOnly, value);
  }
}
