package io.shiftlead.connectors.jsm.wire;

/** The servicedesk API's date object: {@code {"iso8601", "jira", "friendly", "epochMillis"}}. */
public record WireDate(String iso8601, String jira, String friendly, Long epochMillis) {}
