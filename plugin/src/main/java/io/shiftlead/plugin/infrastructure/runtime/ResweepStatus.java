package io.shiftlead.plugin.infrastructure.runtime;

import java.time.Instant;

/**
 * A connector's periodic re-sweep as {@code GET /api/v1/status} shows it (ADR 0021).
 *
 * @param state {@code scheduled}, {@code catching-up} (the last sweep's re-pull is still running),
 *     {@code waiting} (due, but a console backfill runs), {@code off}, or {@code unavailable}
 *     (the adapter cannot start its change stream at a chosen time)
 * @param every how often, as configured ({@code 6h}); null when off or unavailable
 * @param lookback how far back each sweep starts ({@code 7h}); null when off or unavailable
 * @param lastSweepAt the last sweep; null before the first
 * @param lastSweepFrom where the last sweep started re-pulling
 * @param nextSweepAt when the next is due; null when off or unavailable
 */
public record ResweepStatus(String state, String every, String lookback, Instant lastSweepAt,
    Instant lastSweepFrom, Instant nextSweepAt) {}
