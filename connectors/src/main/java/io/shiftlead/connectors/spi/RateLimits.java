package io.shiftlead.connectors.spi;

/**
 * The request budget an adapter keeps to.
 *
 * @param requestsPerMinute the account-wide limit the adapter's limiter is sized from
 * @param exportRequestsPerMinute the stricter limit of the incremental export endpoint, or the same
 * @param updatesPerTicketPerWindow how many updates one ticket accepts per {@code windowMinutes}
 */
public record RateLimits(
    int requestsPerMinute,
    int exportRequestsPerMinute,
    int updatesPerTicketPerWindow,
    int windowMinutes) {}
