package io.shiftlead.connectors.jsm.wire;

import java.util.List;

/** The system fields of an issue the adapter reads; timestamps as Jira sends them. */
public record WireIssueFields(
    String summary,
    WireStatus status,
    WireNamed priority,
    WireUser assignee,
    WireUser reporter,
    List<String> labels,
    String created,
    String updated) {}
