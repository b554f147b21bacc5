package io.shiftlead.connectors.jsm.wire;

/** An issue status; its category key ({@code new}, {@code indeterminate}, {@code done}) is stable across workflows. */
public record WireStatus(String id, String name, WireStatusCategory statusCategory) {}
