package io.shiftlead.connectors.jsm.wire;

import java.util.List;

/** A page of the enhanced JQL search: no total, no startAt; follow {@code nextPageToken} until {@code isLast}. */
public record SearchResponse(List<WireIssue> issues, String nextPageToken, Boolean isLast) {

  /** True when no further page exists (Jira sends {@code isLast}, or leaves the token out). */
  public boolean last() {
    return Boolean.TRUE.equals(isLast) || nextPageToken == null || nextPageToken.isBlank();
  }
}
