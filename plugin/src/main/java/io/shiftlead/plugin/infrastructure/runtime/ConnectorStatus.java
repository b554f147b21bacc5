package io.shiftlead.plugin.infrastructure.runtime;

import java.time.Instant;

/**
 * What {@code GET /api/v1/status} shows for one connector.
 *
 * @param state {@code syncing}, {@code idle}, {@code failing} (last attempt failed) or
 *     {@code starting}
 */
public record ConnectorStatus(
    String name,
    String type,
    String state,
    String cursor,
    long ticketsSeen,
    long surveysSeen,
    long updatesApplied,
    long notesPosted,
    long pagesPulled,
    Instant lastSyncAt,
    String lastError,
    Instant lastErrorAt) {}
