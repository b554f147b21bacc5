package io.shiftlead.plugin.infrastructure.runtime;

import java.time.Instant;

/**
 * What {@code GET /api/v1/status} shows for one connector.
 *
 * @param state {@code syncing}, {@code idle}, {@code failing} (last attempt failed) or
 *     {@code starting}
 * @param resweep the periodic re-sweep: state, last and next (ADR 0021)
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
    Instant lastErrorAt,
    ResweepStatus resweep) {

  /** Without re-sweep information. */
  public ConnectorStatus(String name, String type, String state, String cursor, long ticketsSeen,
      long surveysSeen, long updatesApplied, long notesPosted, long pagesPulled,
      Instant lastSyncAt, String lastError, Instant lastErrorAt) {
    this(name, type, state, cursor, ticketsSeen, surveysSeen, updatesApplied, notesPosted,
        pagesPulled, lastSyncAt, lastError, lastErrorAt, null);
  }
}
