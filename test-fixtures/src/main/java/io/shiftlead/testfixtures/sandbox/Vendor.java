package io.shiftlead.testfixtures.sandbox;

/**
 * Which helpdesk API the sandbox speaks. Both serve the same dataset and the same state; only the
 * API under {@code /api/v2} (paths, JSON shapes, auth and rate-limit headers) differs.
 */
public enum Vendor {
  /** The Zendesk subset of helpdesk-apis.md section 2 (the default). */
  ZENDESK,
  /** The Freshdesk API v2 subset the Shiftlead Freshdesk adapter uses. */
  FRESHDESK
}
