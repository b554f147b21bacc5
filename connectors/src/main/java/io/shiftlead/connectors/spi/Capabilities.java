package io.shiftlead.connectors.spi;

/**
 * What an adapter can do, so the plugin can plan around it.
 *
 * @param maxBatchSize the largest batch {@link HelpdeskConnector#applyBatch} sends as one vendor
 *     call; 1 when the vendor has no batch update
 * @param surveys whether {@link HelpdeskConnector#pullSurveys} returns anything
 * @param webhooks whether the adapter verifies and parses webhook deliveries
 */
public record Capabilities(
    int maxBatchSize, boolean surveys, boolean webhooks, RateLimits rateLimits) {}
