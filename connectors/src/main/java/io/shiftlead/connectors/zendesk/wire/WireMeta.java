package io.shiftlead.connectors.zendesk.wire;

/** The {@code meta} block of cursor-paginated lists. */
public record WireMeta(Boolean hasMore, String afterCursor, String beforeCursor) {
  public boolean more() {
    return Boolean.TRUE.equals(hasMore) && afterCursor != null && !afterCursor.isBlank();
  }
}
