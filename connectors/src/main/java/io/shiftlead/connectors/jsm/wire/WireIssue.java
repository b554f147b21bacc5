package io.shiftlead.connectors.jsm.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An issue of the search or of {@code GET /rest/api/3/issue/{key}}. {@code fields} stays a tree: custom
 * fields ({@code customfield_NNNNN}) are instance-specific; {@link WireIssueFields} reads the fixed ones.
 */
public record WireIssue(String id, String key, ObjectNode fields) {}
