package io.shiftlead.connectors.jsm.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An issue of the search or of {@code GET /rest/api/3/issue/{key}}. {@code fields} stays a tree: custom
 * fields ({@code customfield_NNNNN}) are instance-specific; {@link WireIssueFields} reads the fixed ones.
 * {@code changelog} (asked for with {@code expand=changelog}) is read by {@code JsmChangelog}.
 */
public record WireIssue(String id, String key, ObjectNode fields, ObjectNode changelog) {

  /** An issue without its changelog (not asked for). */
  public WireIssue(String id, String key, ObjectNode fields) {
    this(id, key, fields, null);
  }
}
