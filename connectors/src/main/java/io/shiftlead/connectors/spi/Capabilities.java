package io.shiftlead.connectors.spi;

/**
 * What an adapter can do, so the plugin can plan around it.
 *
 * @param maxBatchSize the largest batch {@link HelpdeskConnector#applyBatch} sends as one vendor
 *     call; 1 when the vendor has no batch update
 * @param batchesInFlight how many such vendor batches one {@link HelpdeskConnector#applyBatch}
 *     keeps running at once (asynchronous vendor jobs); the plugin hands it up to
 *     {@code maxBatchSize × batchesInFlight} updates per call
 * @param surveys whether {@link HelpdeskConnector#pullSurveys} returns anything
 * @param webhooks whether the adapter verifies and parses webhook deliveries
 */
public record Capabilities(int maxBatchSize, int batchesInFlight, boolean surveys,
    boolean webhooks, RateLimits rateLimits) {

  public Capabilities {
    if (maxBatchSize < 1 || batchesInFlight < 1) {
      throw new IllegalArgumentException("maxBatchSize and batchesInFlight must be at least 1");
    }
  }

  /** An adapter whose batches run one at a time. */
  public Capabilities(int maxBatchSize, boolean surveys, boolean webhooks, RateLimits rateLimits) {
    this(maxBatchSize, 1, surveys, webhooks, rateLimits);
  }
}
