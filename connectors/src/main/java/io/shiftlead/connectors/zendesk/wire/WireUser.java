package io.shiftlead.connectors.zendesk.wire;

/** A sideloaded user; {@code role} is {@code end-user}, {@code agent} or {@code admin}. */
public record WireUser(Long id, String name, String email, String role, String locale,
    Long organizationId) {}
